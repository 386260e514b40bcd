// The smallest zod/mini a config schema can use: object, optional, string, enum, array, number checks, boolean,
// union and literal — the kinds every widget's schema needs — and one parse, so none of it is tree-shaken away.
import * as z from 'zod/mini';

export const zodMinimum: unknown = z
  .object({
    text: z.optional(z.string().check(z.minLength(1))),
    choice: z.enum(['a', 'b']),
    list: z.array(z.number().check(z.int(), z.minimum(0), z.maximum(9))),
    flag: z.boolean(),
    either: z.union([z.literal('a'), z.string()]),
  })
  .safeParse({});
