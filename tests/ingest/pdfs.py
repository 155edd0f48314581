"""Real PDF files for tests, written by PDFium (the engine that reads them): lines of text in the
standard Helvetica fonts, at the sizes and weights a test needs."""
from __future__ import annotations

import ctypes
import io

# text (or a table row's cells, each with where it starts: [(50, "Adult single"), (300, "£2.20")]),
# font size in points, bold
Line = tuple[str | list[tuple[float, str]], float, bool]


def make_pdf(pages: list[list[Line]]) -> bytes:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument.new()
    for lines in pages:
        page = document.new_page(612, 792)
        y = 750.0
        for text, size, bold in lines:
            font = b"Helvetica-Bold" if bold else b"Helvetica"
            for x, run in [(50, text)] if isinstance(text, str) else text:
                obj = pdfium_c.FPDFPageObj_NewTextObj(document.raw, font, ctypes.c_float(size))
                wide = (run + "\0").encode("utf-16-le")
                buffer = ctypes.create_string_buffer(wide, len(wide))
                pdfium_c.FPDFText_SetText(obj, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
                pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
                pdfium_c.FPDFPage_InsertObject(page.raw, obj)
            y -= size * 1.6
        pdfium_c.FPDFPage_GenerateContent(page.raw)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
