export { extractFigures } from './extract-figures.ts';
