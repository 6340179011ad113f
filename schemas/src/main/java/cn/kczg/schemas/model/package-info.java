/** Value types of the domain: item kinds, per-kind counts, organizations. */
package cn.kczg.schemas.model;
