// .github/workflows/publish.yml cannot run here, so this checks what it would run: every command exists (npm
// scripts in package.json, files in the repository), the Pages job uploads the folder `npm run build` writes,
// after building it, and the npm job publishes with provenance, which needs `id-token: write`.
// Runs with `node --test test/node/` after `npm run build`.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import YAML from 'yaml';
import {SITE} from '../../scripts/site.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const workflow = YAML.parse(readFileSync(join(root, '.github/workflows/publish.yml'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The shell commands of a job's `run` steps, one per `&&`-separated command or line, comments left out. */
const commandsOf = (job) =>
  job.steps
    .filter((step) => step.run)
    .flatMap((step) => step.run.split(/\n|&&/))
    .map((command) => command.replace(/#.*$/, '').trim())
    .filter(Boolean);

/** The step of `job` that uses `action` (owner/name, any version). */
const stepUsing = (job, action) => job.steps.find((step) => step.uses?.startsWith(`${action}@`));

/** Why `command` would fail for want of something in this repository, or undefined when all it needs is here. */
function missing(command) {
  const [program, sub, arg] = command.split(/\s+/);
  if (program === 'test') return undefined; // the shell's own, comparing the tag with `npm pkg get version`
  if (program === 'node') return existsSync(join(root, sub)) ? undefined : `${sub} does not exist`;
  if (program !== 'npm') return `"${program}" is not a command this workflow is known to need`;
  if (sub === 'ci') return existsSync(join(root, 'package-lock.json')) ? undefined : 'no package-lock.json';
  if (sub === 'run') return arg in pkg.scripts ? undefined : `package.json has no "${arg}" script`;
  if (sub === 'test') return 'test' in pkg.scripts ? undefined : 'package.json has no "test" script';
  if (sub === 'publish')
    return 'prepack' in pkg.scripts ? undefined : 'nothing builds the package before publishing';
  if (sub === 'pkg') return undefined;
  return `npm ${sub} is not a command this workflow is known to need`;
}

describe('the publish workflow', () => {
  const jobs = Object.values(workflow.jobs);

  it('runs only commands that exist here: npm scripts in package.json, files in the repository', () => {
    const commands = jobs.flatMap(commandsOf);
    assert.ok(commands.length > 0);
    assert.deepEqual(
      commands.map((command) => [command, missing(command)]).filter(([, why]) => why),
      []
    );
  });

  it('sets up a Node.js that package.json supports', () => {
    const least = Number(/>=\s*(\d+)/.exec(pkg.engines.node)[1]);
    for (const job of jobs) {
      const node = stepUsing(job, 'actions/setup-node');
      assert.ok(node, 'every job sets up Node.js');
      assert.ok(Number(node.with['node-version']) >= least, `node-version ${node.with['node-version']}`);
    }
  });

  describe('its Pages job', () => {
    const pages = jobs.find((job) => stepUsing(job, 'actions/upload-pages-artifact'));

    it('runs on pushes to main', () => {
      assert.ok(workflow.on.push.branches.includes('main'));
      assert.ok(pages, 'a job uploads a Pages artifact');
      assert.doesNotMatch(pages.if ?? '', /== 'release'/);
    });

    it(`builds, then uploads the folder npm run build writes (${SITE}/), then deploys it`, () => {
      const upload = stepUsing(pages, 'actions/upload-pages-artifact');
      assert.equal(upload.with.path.replace(/^\.\/|\/$/g, ''), SITE);
      assert.match(pkg.scripts.build, /node scripts\/site\.mjs/, 'npm run build writes the site');
      assert.ok(existsSync(join(root, SITE, 'index.html')), `${SITE}/index.html (after npm run build)`);
      assert.ok(existsSync(join(root, SITE, 'editor.html')), `${SITE}/editor.html (after npm run build)`);
      const steps = pages.steps;
      const build = steps.findIndex((step) => /\bnpm run build\b/.test(step.run ?? ''));
      const deploy = steps.indexOf(stepUsing(pages, 'actions/deploy-pages'));
      assert.ok(build !== -1 && build < steps.indexOf(upload), 'the build runs before the upload');
      assert.ok(deploy > steps.indexOf(upload), 'the deployment follows the upload');
    });

    it('has the permissions deploy-pages needs: pages and id-token write', () => {
      assert.equal(pages.permissions.pages, 'write');
      assert.equal(pages.permissions['id-token'], 'write');
    });
  });

  describe('its npm job', () => {
    const npm = jobs.find((job) => commandsOf(job).some((command) => command.startsWith('npm publish')));

    it('runs when a release is published', () => {
      assert.ok(npm, 'a job publishes the package');
      assert.ok(workflow.on.release.types.includes('published'));
      assert.match(npm.if, /github\.event_name == 'release'/);
    });

    it('publishes with provenance, which needs id-token: write, to the npm registry', () => {
      const publish = commandsOf(npm).find((command) => command.startsWith('npm publish'));
      assert.match(publish, /\s--provenance\b/);
      assert.equal(npm.permissions['id-token'], 'write');
      assert.equal(stepUsing(npm, 'actions/setup-node').with['registry-url'], 'https://registry.npmjs.org');
    });

    it('builds the package before publishing it (prepack), so it holds dist/editor.html', () => {
      assert.match(pkg.scripts.prepack, /\bnpm run build\b/);
      assert.match(pkg.scripts.build, /node scripts\/editor-html\.mjs/);
      assert.ok(pkg.files.includes('dist/'));
    });
  });
});
