using System.IO.Compression;
using System.Text;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Forms;
using SelfHelp.Web.Progress;

namespace SelfHelp.Benchmarks;

/// <summary>
/// The measurements behind the notebook's design (ADR 0002): how many bytes a full notebook takes with each
/// compression choice, one cookie per module or one for everything. Run with <c>-- --notebook-sizes</c>.
/// </summary>
public static class NotebookSizes
{
    // Data Protection adds a 4-byte header, a 16-byte key id, a 16-byte IV, padding to 16 bytes and a 32-byte MAC.
    private static int Protected(int plain) => 4 + 16 + 16 + ((plain / 16) + 1) * 16 + 32;

    private static int Base64(int bytes) => (bytes * 4 + 2) / 3;

    public static void Print(ContentCatalogue catalogue)
    {
        var (_, notebook) = FullNotebook.Build(catalogue);
        var words = FullNotebook.WordsWritten(catalogue);
        var modules = notebook.Modules.Values.Select(m => Encoding.UTF8.GetBytes(Plain(m))).ToList();
        var all = Encoding.UTF8.GetBytes(string.Concat(notebook.Modules.Values.Select(Plain)));
        Console.WriteLine($"A full notebook: {words:N0} words, {all.Length:N0} bytes of UTF-8 ({all.Length / (double)words:0.00} bytes a word)");
        foreach (var quality in new[] { 5, 9, 11 })
        {
            var perModule = modules.Sum(m => Base64(Protected(Compress(m, quality))));
            var whole = Base64(Protected(Compress(all, quality)));
            Console.WriteLine($"Brotli quality {quality,2}: one cookie per module {perModule,6:N0} characters ({perModule / (double)words:0.00} a word); one for everything {whole,6:N0} ({whole / (double)words:0.00} a word)");
        }
    }

    private static string Plain(ModuleAnswers answers) =>
        string.Concat(answers.Forms.SelectMany(f => f.Value.Values.Select(v => v.Replace(AnswerValues.ItemSeparator, '\n') + "\n")));

    private static int Compress(byte[] plain, int quality)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(plain.Length)];
        BrotliEncoder.TryCompress(plain, buffer, out var written, quality, 22);
        return written;
    }
}
