/** Phaser's CommonJS sources (node_modules/phaser/src, see phaser-build.ts); typed there. */
declare module "phaser-src/*" {
  const value: unknown;
  export default value;
}
