/**
 * Program rulebooks: loading and checking the YAML files that hold each notice's targets, quotas,
 * channels and dates.
 */
package cn.kczg.schemas.program;
