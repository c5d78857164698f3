import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import {
  GraphQLSchemaBuilderModule,
  GraphQLSchemaFactory,
} from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { RESOLVERS } from './resolvers';

/**
 * Writes the code-first schema, sorted, to the committed SDL file that the web
 * app's codegen reads. Needs no database: only the resolver classes.
 */
export async function writeSchema(file: string): Promise<void> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, {
    logger: false,
  });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  writeFileSync(file, `${printSchema(lexicographicSortSchema(schema))}\n`);
  await app.close();
}
