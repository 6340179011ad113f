/**
 * Source definitions: how each kind of input file is recognized and which columns feed which
 * canonical fields.
 */
package cn.kczg.schemas.source;
