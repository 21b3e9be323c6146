import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const ts = ({sourceMap = false} = {}) =>
  typescript({tsconfig: './tsconfig.json', declaration: false, declarationDir: undefined, sourceMap});

/**
 * Minifies the CSS in Lit's css`` templates (lightningcss) and the whitespace in html`` and svg``
 * templates (html-minifier-next), in our own sources only. Whitespace is collapsed conservatively:
 * a run of spaces and newlines becomes one space, never nothing, so inline text renders exactly as before.
 * A template that cannot be minified fails the build rather than shipping unminified.
 */
const minifyTemplates = () =>
  minifyLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: {
      minifyOptions: {
        conservativeCollapse: true,
        // Keep what Lit and the markup rely on: empty attributes (alt=""), entities as written. Quotes go where
        // HTML does not need them (class=card, part=${…}): Lit reads unquoted attribute bindings the same way.
        removeEmptyAttributes: false,
        removeAttributeQuotes: true,
        decodeEntities: false,
        minifyJS: false,
      },
    },
  });

/**
 * The self-contained script-tag bundle. Lit's production build (no dev-mode warnings) via the
 * `production` export condition; `sourcemap` is for `npm run size -- --modules` only.
 */
export const minBundle = ({sourcemap = false, input = 'src/define.ts', file = 'dist/scri-partners.min.js'} = {}) => ({
  input,
  output: {file, format: 'es', sourcemap},
  plugins: [
    replace({preventAssignment: true, values: {'process.env.NODE_ENV': JSON.stringify('production')}}),
    resolve({exportConditions: ['production'], browser: input !== 'src/define.ts'}),
    minifyTemplates(),
    ts({sourceMap: sourcemap}),
    terser({
      ecma: 2022,
      module: true,
      toplevel: true,
      // ascii_only: the few non-ASCII characters (… ’ “ ” ↗) as \u escapes, which gzip better than their UTF-8
      // bytes (14 bytes less gzipped), and leave nothing for a server's charset to get wrong.
      format: {comments: false, ascii_only: true},
      // No property mangling: every property is public API or Lit's reactive-property contract.
      // keep_fargs: false drops unused trailing parameters (about 10 bytes gzipped); nothing here or in Lit reads a
      // function's `length`.
      compress: {passes: 3, pure_getters: true, unsafe_arrows: true, keep_fargs: false},
    }),
  ],
});

export default [
  // For npm users and bundlers: lit and @lit/context stay bare imports, shared with the app.
  // Templates are minified here too (readable JS otherwise), so bundler users ship the same small CSS.
  {
    input: 'src/index.ts',
    output: {file: 'dist/scri-partners.js', format: 'es'},
    external: [/^lit(\/|$)/, /^@lit\//],
    plugins: [minifyTemplates(), ts()],
  },
  // For a <script type="module"> tag on any page: one self-contained file, Lit in production mode.
  minBundle(),
  // The editor, for editor.html and CMS admin screens: self-contained like the script-tag bundle (Lit and yaml
  // inside), and separate from it, so that no visitor's page pays for it.
  minBundle({input: 'src/editor/index.ts', file: 'dist/editor.js'}),
  // For the command line: the data code alone, with no browser globals.
  {
    input: 'src/data/index.ts',
    output: {file: 'dist/data.js', format: 'es'},
    plugins: [ts()],
  },
];
