/** Confirmed aliases: raw organization names mapped to registry ids by a person. */
package cn.kczg.jobs.alias;
