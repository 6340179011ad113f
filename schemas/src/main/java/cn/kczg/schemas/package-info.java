/** The engine's user-facing error type and its wording, shared by every module. */
package cn.kczg.schemas;
