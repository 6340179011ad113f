/**
 * Reading input files into typed rows or quarantine reasons: CSV and streaming XLSX, header search,
 * required columns.
 */
package cn.kczg.schemas.read;
