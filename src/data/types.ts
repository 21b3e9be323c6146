/**
 * The data that `<scri-partners>` renders. Every text field is plain text:
 * it is always rendered as text, never parsed as HTML.
 */
export interface PartnersData {
  /** The section's heading, for example "Public Sector Partners". */
  title: string;
  /** Paragraphs shown under the title, before the groups. */
  intro: string[];
  /** The partners, grouped by how SCRI works with them, in display order. */
  groups: PartnerGroup[];
  /** Paragraphs shown after the groups. */
  closing?: string[];
  /**
   * Maps an acronym to its expansion, for example `{"IIT": "Investigator-Initiated Trials"}`.
   * Each partner's own `acronym` and `name` join it automatically.
   */
  glossary?: Record<string, string>;
}

/** A set of partners that SCRI works with in the same way. */
export interface PartnerGroup {
  /** A stable identifier, used by the `groups` attribute; letters, digits and hyphens. */
  id: string;
  /** The group's heading. */
  title: string;
  /** A sentence shown under the heading. */
  description?: string;
  /** The partners in the group, in display order. */
  partners: Partner[];
}

/** One partner organisation. */
export interface Partner {
  /** A stable identifier, used by the `highlight` attribute and in events. */
  id: string;
  /** The organisation's official full name. */
  name: string;
  /** The short form the page uses, for example "HSA". */
  acronym?: string;
  /** What the partnership is, in a sentence or two. */
  description: string;
  /** The organisation's website (https, http, mailto or a relative URL). */
  url?: string;
  /** A logo image URL, shown at a fixed size; the acronym tile shows when it is missing or broken. */
  logo?: string;
}
