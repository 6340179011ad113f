/**
 * The words people read, in one place: every people-facing text of the engine (workbook, dashboard,
 * charts, forms, mail, terminal summaries, integrity sentences, quarantine reasons, forecast notes)
 * comes from the resource bundle {@code cn/kczg/schemas/messages/messages*.properties}, Chinese by
 * default ({@code messages.properties}) and English on request ({@code messages_en.properties},
 * {@code --lang en}). Both bundles hold the same keys with the same placeholders; a test keeps them
 * so.
 */
package cn.kczg.schemas.messages;
