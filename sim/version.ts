/** The kiez version, recorded in every manifest and export (a test keeps it equal to package.json). */
export const KIEZ_VERSION = '0.1.0';
