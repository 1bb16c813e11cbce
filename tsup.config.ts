import { defineConfig } from 'tsup';

// Every source file is its own entry, so a bundler importing one function
// keeps only that function's modules (DESIGN §1.6). Splitting turns shared
// code into chunks instead of copying it into every entry.
export default defineConfig({
  entry: ['src/**/*.ts'],
  format: ['esm', 'cjs'],
  outDir: 'dist',
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  treeshake: true,
  sourcemap: true,
  clean: true,
  tsconfig: 'tsconfig.build.json',
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
});
