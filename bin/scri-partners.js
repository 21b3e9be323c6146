#!/usr/bin/env node
// The scri-partners command line: writes the static HTML format and validates data files.
// Node built-ins and the yaml package; the data code comes from the build (`npm run build` writes dist/data.js).
import {readFileSync, writeFileSync} from 'node:fs';
import {extname} from 'node:path';
import {parseArgs} from 'node:util';
import {LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, visit} from 'yaml';
import {formatProblem, parseHide, renderStaticHtml, scriPartnersData, validateData} from '../dist/data.js';

const usage = `Usage: scri-partners <command> [options]

Commands:
  render [data.json|data.yml]    Write the static HTML for a data file, or for SCRI's
                                 built-in partners when no file is given, to standard output
  validate <data.json|data.yml>  Check a data file; print each problem with its line
                                 and exit 1 if there are any

Data files are JSON, or YAML when their name ends in .yml or .yaml (a Jekyll _data file).

Options for render:
  -o, --output <file>        Write the HTML to <file> instead of standard output
  --heading-level <2-6>      The title's heading level (default 2), or the groups'
                             when the title is hidden
  --hide <parts>             Leave out the title, intro or closing, for a page that
                             already says them: --hide title,intro or --hide "title intro"
  --wrapper <element|div>    Wrap the markup in <scri-partners> (default) or in
                             <div data-scri-partners>, for CMSes that drop unknown tags
  --script <url>             Add a <script type="module"> tag loading scri-partners.min.js
                             from <url> after the markup (for a Jekyll include)

  -h, --help                 Show this help
  -v, --version              Show the version

Exit status: 0 on success, 1 for unreadable or invalid data, 2 for a usage error.
`;

/** A failure that ends the command with one sentence on stderr. */
class CliError extends Error {
  constructor(message, status = 1) {
    super(message);
    this.status = status;
  }
}

const usageError = (message) => new CliError(`${message} Run "scri-partners --help" for usage.`, 2);

function version() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return pkg.version;
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before.at(-1).length + 1}`;
}

const isYaml = (file) => /^\.ya?ml$/i.test(extname(file));

/** Reads a file's text, or throws a CliError that says in one sentence why it cannot. */
function readText(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reasons = {
      ENOENT: 'no such file',
      EISDIR: 'it is a directory',
      EACCES: 'permission denied',
    };
    throw new CliError(`cannot read ${file}: ${reasons[error.code] ?? error.message}.`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new CliError(`${file} is empty, not ${isYaml(file) ? 'YAML' : 'JSON'}.`);
  return text;
}

/**
 * Reads a data file: JSON, or YAML for `.yml` and `.yaml`. Returns `{input, lineOf, problems}`, where
 * `lineOf(path)` is the line of a problem's path (`$.groups[1].partners[0].url`) in the file, or undefined when
 * unknown, and `problems` are those that only the text shows (a repeated JSON key), each with its `line`.
 * Throws a CliError that says in one sentence what is wrong with a file that cannot be parsed.
 */
function readData(file) {
  const text = readText(file);
  return isYaml(file) ? readYaml(file, text) : readJson(file, text);
}

function readJson(file, text) {
  let input;
  try {
    input = JSON.parse(text);
  } catch (error) {
    let message = error.message.replace(/\.$/, '');
    const position = /at position (\d+)/.exec(message);
    if (/end of JSON input/.test(message)) {
      message += ` (${lineAndColumn(text, text.length)})`;
    } else if (position && !/line \d+/.test(message)) {
      message += ` (${lineAndColumn(text, Number(position[1]))})`;
    }
    throw new CliError(`${file} is not valid JSON: ${message}.`);
  }
  // JSON is YAML's flow style, so YAML's parser finds the lines; where it cannot, problems go without them.
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {lineCounter, uniqueKeys: false, prettyErrors: false});
  if (document.errors.length) return {input, lineOf: () => undefined, problems: []};
  return {
    input,
    lineOf: (path) => findLine(document, lineCounter, path),
    problems: repeatedKeys(document, lineCounter),
  };
}

/**
 * JSON.parse keeps the last of two equal keys without a word, so a glossary that lists an acronym twice loses one;
 * each later key is a problem, with its own line.
 */
function repeatedKeys(document, lineCounter) {
  const problems = [];
  const walk = (node, path) => {
    if (isSeq(node)) node.items.forEach((item, index) => walk(item, `${path}[${index}]`));
    if (!isMap(node)) return;
    const seen = new Set();
    for (const {key, value} of node.items) {
      const name = String(isScalar(key) ? key.value : key);
      const inner =
        /^[A-Za-z$][\w$]*$/.test(name) && path !== '$.glossary' ? `${path}.${name}` : `${path}["${name}"]`;
      if (seen.has(name)) {
        const expected =
          path === '$.glossary' ? 'an acronym not already listed' : 'a key not already in this object';
        problems.push({
          path: inner,
          expected,
          found: `"${name}"`,
          line: lineCounter.linePos(key.range[0]).line,
        });
      }
      seen.add(name);
      walk(value, inner);
    }
  };
  walk(document.contents, '$');
  return problems;
}

function readYaml(file, text) {
  const lineCounter = new LineCounter();
  // YAML 1.1, as Jekyll reads _data: an unquoted `no`, `on` or `1:20` is not text there, so not here either.
  const document = parseDocument(text, {lineCounter, version: '1.1', prettyErrors: false});
  const [error] = document.errors;
  if (error) {
    const {line, col} = lineCounter.linePos(error.pos[0]);
    const message = error.message.split('\n')[0].replace(/[.:]$/, '');
    throw new CliError(`${file} is not valid YAML: ${message} (line ${line}, column ${col}).`);
  }
  if (document.contents === null) throw new CliError(`${file} is empty, not YAML.`);
  let input;
  try {
    input = document.toJS({maxAliasCount: 1000});
  } catch (error) {
    // An alias with no anchor before it: the parser accepts it, turning it into data finds it.
    let where = '';
    visit(document, {
      Alias(_, node) {
        if (node.resolve(document)) return undefined;
        const {line, col} = lineCounter.linePos(node.range[0]);
        where = ` (line ${line}, column ${col})`;
        return visit.BREAK;
      },
    });
    throw new CliError(`${file} is not valid YAML: ${error.message.replace(/\.$/, '')}${where}.`);
  }
  return {input, lineOf: (path) => findLine(document, lineCounter, path), problems: []};
}

/** The steps of a problem's path: `$.groups[1]["IIT"]` → `['groups', 1, 'IIT']`. */
function pathSteps(path) {
  const steps = [];
  const step = /\.([^.[]+)|\[(\d+)\]|\["(.*?)"\](?=$|[.[])/gy;
  step.lastIndex = 1;
  for (let match; step.lastIndex < path.length && (match = step.exec(path));) {
    steps.push(match[2] === undefined ? (match[1] ?? match[3]) : Number(match[2]));
  }
  return steps;
}

/**
 * The line of the node at a problem's path: the key's line for a property, the item's for an array element,
 * and the nearest enclosing node's when the path goes where the document has nothing (a missing property).
 */
function findLine(document, lineCounter, path) {
  let node = document.contents;
  let offset = node?.range?.[0];
  for (const step of pathSteps(path)) {
    if (isAlias(node)) node = node.resolve(document);
    if (isMap(node) && typeof step === 'string') {
      const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === step);
      if (!pair) break;
      offset = (pair.key?.range ?? pair.value?.range)?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
      node = node.items[step];
      offset = node.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

/** A problem as `file:line: path: expected …, found …`; a problem the reader found knows its own line. */
const located = (file, lineOf, problem) => {
  const line = problem.line ?? lineOf(problem.path);
  return `${file}${line === undefined ? '' : `:${line}`}: ${formatProblem(problem)}`;
};

function write(file, text) {
  if (file === undefined) {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${error.message}.`);
  }
}

function render(args) {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: {type: 'string', short: 'o'},
      'heading-level': {type: 'string'},
      hide: {type: 'string', multiple: true},
      wrapper: {type: 'string'},
      script: {type: 'string'},
    },
  });
  if (positionals.length > 1) throw usageError('render takes at most one data file.');
  let headingLevel;
  if (values['heading-level'] !== undefined) {
    headingLevel = Number(values['heading-level']);
    if (!Number.isInteger(headingLevel) || headingLevel < 2 || headingLevel > 6) {
      throw usageError(`--heading-level must be 2, 3, 4, 5 or 6, not "${values['heading-level']}".`);
    }
  }
  const hide = parseHide(values.hide ?? []);
  if (hide.unknown.length) {
    throw usageError(`--hide takes title, intro or closing, not "${hide.unknown.join('", "')}".`);
  }
  const wrapper = values.wrapper ?? 'element';
  if (wrapper !== 'element' && wrapper !== 'div') {
    throw usageError(`--wrapper must be "element" or "div", not "${wrapper}".`);
  }
  const [file] = positionals;
  const read = file === undefined ? {input: scriPartnersData, problems: []} : readData(file);
  const {input, lineOf} = read;
  const {data, problems: found} = validateData(input);
  const problems = [...read.problems, ...found];
  for (const problem of problems) {
    console.error(
      `scri-partners: ${file === undefined ? formatProblem(problem) : located(file, lineOf, problem)}`
    );
  }
  if (!data)
    throw new CliError(
      `${file ?? 'the built-in data'} has no valid group of partners, so there is nothing to render.`
    );
  write(
    values.output,
    renderStaticHtml(data, {headingLevel, hide: hide.parts, wrapper, script: values.script})
  );
}

function validate(args) {
  const {positionals} = parseArgs({args, allowPositionals: true, options: {}});
  if (positionals.length !== 1) throw usageError('validate takes exactly one data file.');
  const [file] = positionals;
  const read = readData(file);
  const {input, lineOf} = read;
  const problems = [...read.problems, ...validateData(input).problems];
  if (problems.length === 0) {
    console.log(`${file}: valid`);
    return 0;
  }
  for (const problem of problems) console.log(located(file, lineOf, problem));
  return 1;
}

function main(args) {
  const [command, ...rest] = args;
  switch (command) {
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(usage);
      return 0;
    case '-v':
    case '--version':
      console.log(version());
      return 0;
    case 'render':
      if (rest.includes('-h') || rest.includes('--help')) return main(['--help']);
      render(rest);
      return 0;
    case 'validate':
      if (rest.includes('-h') || rest.includes('--help')) return main(['--help']);
      return validate(rest);
    default:
      throw new CliError(`unknown command "${command}".\n\n${usage}`, 2);
  }
}

// A closed pipe (`scri-partners render | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof CliError) {
    console.error(`scri-partners: ${error.message}`);
    process.exitCode = error.status;
  } else if (error?.code?.startsWith?.('ERR_PARSE_ARGS')) {
    // Node's own advice about "--" is noise here; keep its first sentence.
    const [sentence] = error.message.split(/(?<=\.) /);
    console.error(`scri-partners: ${sentence.replace(/\.?$/, '.')} Run "scri-partners --help" for usage.`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
