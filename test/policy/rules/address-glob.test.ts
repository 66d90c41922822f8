import { describe, expect, it } from 'vitest';
import { compileAddressGlobs, compileGlobs } from '../../../src/policy/address-glob.js';

describe('compileGlobs', () => {
  it.each<[string[], string, boolean]>([
    [['aws_s3_object.*'], 'aws_s3_object.readme', true],
    [['aws_s3_object.*'], 'aws_s3_object.readme["a.b"]', true],
    [['aws_s3_object.*'], 'module.x.aws_s3_object.readme', false],
    [['*.aws_s3_object.*'], 'module.x["k"].aws_s3_object.readme', true],
    [['registry.example.com/acme/*'], 'registry.example.com/acme/vpc/aws', true],
    [['registry.example.com/acme/*'], 'registry.example.com/acmex/vpc/aws', false],
    [['registry.example.com/acme/iam-*'], 'registry.example.com/acme/iam-role/aws', true],
    [['aws_instance'], 'aws_instance', true],
    [['aws_instance'], 'aws_instances', false],
    [['a.b'], 'aXb', false],
    [['x[0]'], 'x[0]', true],
    [['(a|b)+?'], '(a|b)+?', true],
    [['*'], '', true],
    [[], 'anything', false],
    [['aws_*', 'google_*_iam_*'], 'google_project_iam_member', true],
    [['aws_*', 'google_*_iam_*'], 'google_project', false],
  ])('%j matches %s: %s', (patterns, value, expected) => {
    expect(compileGlobs(patterns)(value)).toBe(expected);
  });
});

describe('compileAddressGlobs', () => {
  it.each<[string[], string, boolean]>([
    [['module.data.*'], 'module.data["eu"].aws_s3_bucket.x', true],
    [['module.data.*'], 'module.data[0].module.inner["a"].aws_s3_bucket.x', true],
    [['module.data.*'], 'module.database.aws_s3_bucket.x', false],
    [['aws_instance.web'], 'aws_instance.web[3]', true],
    [['aws_instance.web'], 'aws_instance.webs[3]', false],
    [['aws_instance.web["a"]'], 'aws_instance.web["a"]', true],
    [['aws_instance.web["a"]'], 'aws_instance.web["b"]', false],
    [['module.x.a.b'], 'module.x["key with \\"quote]\\"."].a.b', true],
  ])('%j matches %s: %s', (patterns, value, expected) => {
    expect(compileAddressGlobs(patterns)(value)).toBe(expected);
  });
});
