/** The folder of the cache of machine readings in a project, unless VAWG_CACHE_DIR names another. */
export const CACHE_FOLDER = '.vawg-cache';
