#!/usr/bin/env node
// The scri-partners command line: writes the static HTML format and validates data files.
// Node built-ins only; the data code comes from the build (`npm run build` writes dist/data.js).
import {readFileSync, writeFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {formatProblem, renderStaticHtml, scriPartnersData, validateData} from '../dist/data.js';

const usage = `Usage: scri-partners <command> [options]

Commands:
  render [data.json]      Write the static HTML for data.json, or for SCRI's built-in
                          partners when no file is given, to standard output
  validate <data.json>    Check data.json; print each problem and exit 1 if there are any

Options for render:
  -o, --output <file>        Write the HTML to <file> instead of standard output
  --heading-level <2-6>      The title's heading level (default 2)
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

/** Reads and parses a JSON file, or throws a CliError that says in one sentence what is wrong. */
function readJson(file) {
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
  if (!text.trim()) throw new CliError(`${file} is empty, not JSON.`);
  try {
    return JSON.parse(text);
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
}

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
  const wrapper = values.wrapper ?? 'element';
  if (wrapper !== 'element' && wrapper !== 'div') {
    throw usageError(`--wrapper must be "element" or "div", not "${wrapper}".`);
  }
  const [file] = positionals;
  const {data, problems} = validateData(file === undefined ? scriPartnersData : readJson(file));
  for (const problem of problems) console.error(`scri-partners: ${formatProblem(problem)}`);
  if (!data)
    throw new CliError(
      `${file ?? 'the built-in data'} has no valid group of partners, so there is nothing to render.`
    );
  write(values.output, renderStaticHtml(data, {headingLevel, wrapper, script: values.script}));
}

function validate(args) {
  const {positionals} = parseArgs({args, allowPositionals: true, options: {}});
  if (positionals.length !== 1) throw usageError('validate takes exactly one data file.');
  const [file] = positionals;
  const {problems} = validateData(readJson(file));
  if (problems.length === 0) {
    console.log(`${file}: valid`);
    return 0;
  }
  for (const problem of problems) console.log(`${file}: ${formatProblem(problem)}`);
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
