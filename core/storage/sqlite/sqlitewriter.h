#pragma once

#include "../writerbackend.h"
#include "searchfeed.h"
#include "sqliterollups.h"

#include <QByteArray>
#include <QString>

#include <deque>
#include <memory>

class QLockFile;
struct sqlite3;
struct sqlite3_stmt;

namespace Quorum {

class Binder; // binds rows to a statement (sqlitewriter.cpp)

// The writer's side of a local SQLite store: one connection on the writer's thread, a prepared
// statement per kind of row, bound through the raw handle (the ingest path is the one place
// where the cost of QVariant binding shows, measured in bench/bench_storage). One writer at a
// time, held by a lock file beside the database, so ids simply continue after the largest stored.
class SqliteWriter final : public WriterBackend
{
public:
    explicit SqliteWriter(QString path);
    ~SqliteWriter() override;

    QString location() const override { return m_path; }
    QString claim(std::unique_ptr<IdSource> *ids) override;
    void release() override;
    QString connect() override;
    void disconnect() override;
    QString begin() override;
    QString commit() override;
    void rollback() override;
    QString beginGroup() override;
    QString endGroup(bool keep) override;
    QString insert(const WriteOp &op) override;
    void insertRows(const std::vector<const WriteOp *> &ops, std::vector<QString> &errors) override;
    std::optional<RollupAccumulator::StoredJury> storedJury(qint64 invocationId) override;
    std::optional<InvocationRecord> storedSums(qint64 invocationId) override;
    QString deleteInvocation(qint64 invocationId) override;
    QString deleteRun(qint64 runId) override;
    QString applyRollups(RollupAccumulator &sums) override;
    QString listPending(const std::vector<qint64> &invocationIds) override;
    QString clearPending() override;
    int rollupIntervalMs() const override { return 5000; }

private:
    enum Statement { Run, RunStarted, RunFinished, Scenario, Variant, Judge, Invocation, Attempt, Verdict, Jury, Error,
                     Event, Pin, Unpin, Check, Override, StoredJury, Pending, StoredSums, DeleteAttempts, DeleteErrors, DeleteVerdicts, DeleteInvocation,
                     StatementCount };
    QString prepareStatements(); // sqlitewriterrows.cpp, with the statements and the binds
    bool exec(const char *sql);
    QString lastError() const;
    QString step(Statement statement);
    sqlite3_stmt *bind(const RunRecord &r);
    sqlite3_stmt *bind(const RunStatusUpdate &u);
    sqlite3_stmt *bind(const ScenarioRecord &s);
    sqlite3_stmt *bind(const VariantRecord &v);
    sqlite3_stmt *bind(const InvocationRecord &i);
    sqlite3_stmt *bind(const AttemptRecord &a);
    sqlite3_stmt *bind(const VerdictRecord &v);
    sqlite3_stmt *bind(const JuryOutcome &j);
    sqlite3_stmt *bind(const ErrorRecord &e);
    sqlite3_stmt *bind(const RunEvent &e);
    sqlite3_stmt *bind(const BaselinePin &p);
    sqlite3_stmt *bind(const BaselineCheckRecord &c);
    sqlite3_stmt *bind(const OverrideRecord &o);
    static void bindRow(Binder &b, const InvocationRecord &i);
    static void bindRow(Binder &b, const VerdictRecord &v);
    // Writes `rows` (all invocations, or all verdicts) kRowsPerStatement to a statement; a
    // statement the database refuses is written again row by row, to tell which row it refused.
    template<typename Row> // InvocationRecord or VerdictRecord, the rows `many` takes
    void insertMany(sqlite3_stmt *many, const char *table, const std::vector<size_t> &rows,
                    const std::vector<const WriteOp *> &ops, std::vector<QString> &errors);
    // One row of a kind that is also written many to a statement.
    template<typename Row>
    sqlite3_stmt *bindOne(Statement statement, const Row &row);
    sqlite3_stmt *bind(const RetiredInvocation &) { return nullptr; } // the StoreWriter deletes it instead
    sqlite3_stmt *bind(const RunDeletion &) { return nullptr; }       // likewise

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    sqlite3 *m_db = nullptr;
    qint64 m_pageBytes = 4096; // the store's page size (the WAL checkpoint counts bytes)
    sqlite3_stmt *m_statements[StatementCount] = {};
    static constexpr int kRowsPerStatement = 32;
    sqlite3_stmt *m_manyInvocations = nullptr; // kRowsPerStatement rows to a statement
    sqlite3_stmt *m_manyVerdicts = nullptr;
    std::deque<QByteArray> m_texts; // text bound to the statement being run
    std::unique_ptr<SqliteRollups> m_rollups;
    std::unique_ptr<SearchFeed> m_search;
};

} // namespace Quorum
