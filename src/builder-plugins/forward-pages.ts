import SchemaBuilder, {
  BasePlugin,
  type PothosInputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';

const pluginName = 'forwardPages';

// The relay plugin always adds `last`/`before`; our connections page forward only, so the schema
// must not offer arguments that could only fail.
const BACKWARD_ARGS = new Set(['last', 'before']);

/** Drops the backward-paging arguments (`last`, `before`) from every field that takes them. */
class ForwardPagesPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onInputFieldConfig(
    fieldConfig: PothosInputFieldConfig<Types>,
  ): PothosInputFieldConfig<Types> | null {
    if (fieldConfig.kind === 'Arg' && BACKWARD_ARGS.has(fieldConfig.name)) return null;
    return fieldConfig;
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      forwardPages: ForwardPagesPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, ForwardPagesPlugin);

export default pluginName;
