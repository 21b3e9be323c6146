import resolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const ts = () => typescript({tsconfig: './tsconfig.json', declaration: false, declarationDir: undefined});

export default [
  // For npm users and bundlers: lit and @lit/context stay bare imports, shared with the app.
  {
    input: 'src/index.ts',
    output: {file: 'dist/scri-partners.js', format: 'es'},
    external: [/^lit(\/|$)/, /^@lit\//],
    plugins: [ts()],
  },
  // For a <script type="module"> tag on any page: one self-contained file, Lit in production mode.
  {
    input: 'src/index.ts',
    output: {file: 'dist/scri-partners.min.js', format: 'es'},
    plugins: [
      replace({preventAssignment: true, values: {'process.env.NODE_ENV': JSON.stringify('production')}}),
      resolve({exportConditions: ['production']}),
      ts(),
      terser({ecma: 2022, module: true, format: {comments: false}, compress: {passes: 2}}),
    ],
  },
  // For the command line: the data code alone, with no browser globals.
  {
    input: 'src/data/index.ts',
    output: {file: 'dist/data.js', format: 'es'},
    plugins: [ts()],
  },
];
