/** The name `vawg init` and the README use for the settings file. */
export const CONFIG_FILE_NAME = 'vawg.config.yaml';
