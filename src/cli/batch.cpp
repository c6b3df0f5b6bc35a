#include "cli/batch.hpp"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <mutex>
#include <sstream>
#include <thread>

#include "cli/build_order.hpp"

namespace facet::cli {
namespace {

enum class OrderStatus { pending, built, skipped, failed };

const char* status_name(OrderStatus s) {
  switch (s) {
    case OrderStatus::built: return "built";
    case OrderStatus::skipped: return "skipped";
    case OrderStatus::failed: return "failed";
    case OrderStatus::pending: break;
  }
  return "pending";
}

struct Order {
  std::filesystem::path spec_path;
  std::string name;  // the output folder under OUT: the file name without .facet.json / .json
  OrderStatus status = OrderStatus::pending;
  OrderOutcome outcome;
  std::string log;   // every message of this order, printed when it finishes
  std::string note;  // why it failed or was skipped, for the summary
  double seconds = 0;
};

struct BatchArgs {
  std::string specs_dir, out_dir;
  int jobs = 0;
  BuildOrderOptions options;
};

std::string without_suffix(const std::string& file_name, const std::string& suffix) {
  if (file_name.size() > suffix.size() && file_name.compare(file_name.size() - suffix.size(), suffix.size(), suffix) == 0) {
    return file_name.substr(0, file_name.size() - suffix.size());
  }
  return file_name;
}

// Every *.json file directly in `dir`, by name, each with a folder name of its own.
bool list_orders(const std::string& dir, std::vector<Order>& orders) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    std::cerr << "facet: " << dir << ": is not a directory of design specs\n";
    return false;
  }
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string file_name = entry.path().filename().string();
    if (entry.is_regular_file() && file_name.size() > 5 && file_name.ends_with(".json") && file_name[0] != '.') {
      Order order;
      order.spec_path = entry.path();
      order.name = without_suffix(without_suffix(file_name, ".json"), ".facet");
      orders.push_back(std::move(order));
    }
  }
  if (ec) {
    std::cerr << "facet: cannot list " << dir << ": " << ec.message() << "\n";
    return false;
  }
  std::sort(orders.begin(), orders.end(), [](const Order& a, const Order& b) { return a.spec_path < b.spec_path; });
  // a.json and a.facet.json would share a folder: the second keeps its ".facet".
  for (size_t i = 1; i < orders.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (orders[j].name == orders[i].name) orders[i].name = without_suffix(orders[i].spec_path.filename().string(), ".json");
    }
  }
  if (orders.empty()) std::cerr << "facet: " << dir << ": no *.json design specs\n";
  return !orders.empty();
}

std::string file_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The first error line of an order's log, without the spec path: the summary's note.
std::string first_error(const std::string& log, const std::string& source) {
  std::istringstream lines(log);
  std::string line, first;
  while (std::getline(lines, line)) {
    if (first.empty()) first = line;
    if (line.find("error:") != std::string::npos) {
      first = line;
      break;
    }
  }
  if (first.starts_with(source + ": ")) first = first.substr(source.size() + 2);
  if (first.starts_with("error: ")) first = first.substr(7);
  return first;
}

// Builds one order into OUT/<name>/ through a hidden OUT/.<name>.partial/ folder, so an interrupted
// batch never leaves a folder that looks complete.
void run_order(Order& order, const BatchArgs& args) {
  const auto start = std::chrono::steady_clock::now();
  std::ostringstream log;
  const std::string source = order.spec_path.string();
  spec::Design design;
  const std::filesystem::path out(args.out_dir);
  const std::filesystem::path folder = out / order.name;
  if (load_order(source, args.options, design, log) != kExitOk) {
    order.status = OrderStatus::failed;
  } else if (std::filesystem::exists(folder / "report.json") && file_text(folder / "spec.json") == normalised_spec_text(design)) {
    order.status = OrderStatus::skipped;
    order.outcome.design_id = spec::design_id(design.piece);
    const spec::Json report = spec::Json::parse(file_text(folder / "report.json"), nullptr, false);
    // Shown in the summary when the earlier report still reads (it is the factory's file to edit).
    if (report.is_object() && report.contains("metal") && report["metal"].is_object()) {
      const spec::Json& metal = report["metal"];
      if (metal.contains("alloy") && metal["alloy"].is_string()) order.outcome.alloy = metal["alloy"].get<std::string>();
      if (metal.contains("weight_g") && metal["weight_g"].is_number()) order.outcome.weight_g = metal["weight_g"].get<double>();
    }
    order.note = "already built in " + folder.string();
  } else {
    const std::filesystem::path partial = out / ("." + order.name + ".partial");
    std::error_code ec;
    std::filesystem::remove_all(partial, ec);
    order.outcome = build_order(source, design, args.options, partial, log);
    if (order.outcome.exit_code == kExitOk) {
      std::filesystem::remove_all(folder, ec);
      std::filesystem::rename(partial, folder, ec);
      if (ec) log << "facet: cannot move " << partial.string() << " to " << folder.string() << ": " << ec.message() << "\n";
    }
    if (order.outcome.exit_code != kExitOk || ec) {
      std::filesystem::remove_all(partial, ec);
      order.status = OrderStatus::failed;
    } else {
      order.status = OrderStatus::built;
      if (order.outcome.checks_overridden) order.note = "checks overridden (--force)";
    }
  }
  order.log = log.str();
  if (order.status == OrderStatus::failed) order.note = first_error(order.log, source);
  order.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The progress line: redrawn in place on a terminal, one line per finished order otherwise (logs).
class Progress {
 public:
  explicit Progress(size_t total) : total_(total), terminal_(isatty(STDERR_FILENO) != 0) {}

  void finished(const Order& order) {
    std::lock_guard lock(mutex_);
    ++done_;
    ++counts_[size_t(order.status)];
    if (terminal_) std::cerr << "\r\033[K";
    std::cerr << order.log;
    if (terminal_) {
      draw_bar();
    } else {
      char line[64];
      std::snprintf(line, sizeof line, "[%*zu/%zu] %-7s ", digits(), done_, total_, status_name(order.status));
      std::cerr << line << order.name << " (" << seconds_text(order.seconds) << ")\n";
    }
    std::cerr.flush();
  }
  void close() {
    if (terminal_) std::cerr << "\r\033[K" << std::flush;
  }

 private:
  int digits() const { return int(std::to_string(total_).size()); }
  static std::string seconds_text(double s) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f s", s);
    return text;
  }
  void draw_bar() {
    constexpr size_t kWidth = 30;
    const size_t filled = kWidth * done_ / total_;
    std::cerr << "[" << std::string(filled, '#') << std::string(kWidth - filled, '.') << "] " << done_ << "/" << total_
              << "  built " << counts_[size_t(OrderStatus::built)] << ", skipped " << counts_[size_t(OrderStatus::skipped)]
              << ", failed " << counts_[size_t(OrderStatus::failed)];
  }

  std::mutex mutex_;
  size_t total_;
  size_t done_ = 0;
  size_t counts_[4] = {};
  bool terminal_;
};

// How many orders ended in each status, indexed by OrderStatus.
std::array<size_t, 4> count_by_status(const std::vector<Order>& orders) {
  std::array<size_t, 4> counts{};
  for (const Order& o : orders) ++counts[size_t(o.status)];
  return counts;
}

std::string short_id(const std::string& design_id) {
  const std::string prefix = "sha256:";
  return design_id.starts_with(prefix) ? design_id.substr(prefix.size(), 12) : design_id;
}

void print_summary(const std::vector<Order>& orders, double seconds) {
  size_t name_width = 5;
  for (const Order& o : orders) name_width = std::max(name_width, o.name.size());
  std::printf("%-*s  %-7s  %-12s  %-6s  %8s  %9s  %7s  %s\n", int(name_width), "order", "status", "design", "alloy", "weight_g",
              "triangles", "seconds", "note");
  for (const Order& o : orders) {
    const bool built = o.status == OrderStatus::built;
    char weight[32] = "-";
    if (o.outcome.weight_g > 0) std::snprintf(weight, sizeof weight, "%.2f", o.outcome.weight_g);
    const std::string triangles = built ? std::to_string(o.outcome.triangles) : "-";
    std::printf("%-*s  %-7s  %-12s  %-6s  %8s  %9s  %7.1f  %s\n", int(name_width), o.name.c_str(), status_name(o.status),
                o.outcome.design_id.empty() ? "-" : short_id(o.outcome.design_id).c_str(),
                o.outcome.alloy.empty() ? "-" : o.outcome.alloy.c_str(), weight, triangles.c_str(), o.seconds,
                o.note.c_str());
  }
  const std::array<size_t, 4> counts = count_by_status(orders);
  std::printf("%zu orders: %zu built, %zu skipped, %zu failed in %.1f s\n", orders.size(), counts[size_t(OrderStatus::built)],
              counts[size_t(OrderStatus::skipped)], counts[size_t(OrderStatus::failed)], seconds);
}

// OUT/batch-summary.json: what the table says, for the factory's own systems. No clock times, so a
// rerun that changes nothing writes the same file.
bool write_summary(const std::vector<Order>& orders, const std::string& out_dir) {
  spec::Json list = spec::Json::array();
  for (const Order& o : orders) {
    spec::Json entry = {{"order", o.name}, {"spec", o.spec_path.filename().string()}, {"status", status_name(o.status)}};
    if (!o.outcome.design_id.empty()) entry["design_id"] = o.outcome.design_id;
    if (o.status != OrderStatus::failed) entry["folder"] = o.name;
    if (o.status == OrderStatus::built) {
      entry["metal_weight_g"] = o.outcome.weight_g;
      entry["triangles"] = o.outcome.triangles;
      entry["checks_overridden"] = o.outcome.checks_overridden;
    }
    if (!o.note.empty()) entry["note"] = o.note;
    list.push_back(entry);
  }
  const std::array<size_t, 4> counts = count_by_status(orders);
  const spec::Json summary = {{"orders", list},
                              {"built", counts[size_t(OrderStatus::built)]},
                              {"skipped", counts[size_t(OrderStatus::skipped)]},
                              {"failed", counts[size_t(OrderStatus::failed)]}};
  return write_file(std::filesystem::path(out_dir) / "batch-summary.json", summary.dump(2) + "\n", std::cerr);
}

// Parses the arguments; prints why not and returns false on bad ones.
bool parse_args(const std::vector<std::string>& args, BatchArgs& out, PricingArgs& pricing_args, const char* usage) {
  bool ok = true;
  for (size_t i = 0; i < args.size(); ++i) {
    if (take_pricing_arg(args, i, pricing_args, ok)) continue;
    if ((args[i] == "-o" || args[i] == "--out") && i + 1 < args.size()) out.out_dir = args[++i];
    else if (args[i] == "-j" && i + 1 < args.size()) {
      const std::string value = args[++i];
      char* end = nullptr;
      const long jobs = std::strtol(value.c_str(), &end, 10);
      if (end == value.c_str() || *end != '\0' || jobs < 1 || jobs > 64) {
        std::cerr << "facet: -j " << value << ": must be a whole number of jobs from 1 to 64\n";
        return false;
      }
      out.jobs = int(jobs);
    } else if (args[i] == "--shrinkage" && i + 1 < args.size()) out.options.shrinkage_pct = args[++i];
    else if (args[i] == "--force") out.options.force = true;
    else if (out.specs_dir.empty()) out.specs_dir = args[i];
    else { std::cerr << usage; return false; }
  }
  if (out.specs_dir.empty() || out.out_dir.empty()) {
    std::cerr << usage;
    return false;
  }
  return ok;
}

}  // namespace

int cmd_batch(const std::vector<std::string>& args, const char* usage) {
  BatchArgs batch;
  PricingArgs pricing_args;
  if (!parse_args(args, batch, pricing_args, usage)) return kExitUnreadable;
  if (!finish_pricing(pricing_args)) return kExitUnreadable;
  batch.options.report = pricing_args.options;
  std::vector<Order> orders;
  if (!list_orders(batch.specs_dir, orders)) return kExitUnreadable;
  std::error_code ec;
  std::filesystem::create_directories(batch.out_dir, ec);
  if (ec) {
    std::cerr << "facet: cannot create " << batch.out_dir << ": " << ec.message() << "\n";
    return kExitUnreadable;
  }
  const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
  const size_t jobs = std::min(orders.size(), size_t(batch.jobs > 0 ? batch.jobs : std::min(cores, 8)));

  const auto start = std::chrono::steady_clock::now();
  Progress progress(orders.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < orders.size(); i = next++) {
      run_order(orders[i], batch);
      progress.finished(orders[i]);
    }
  };
  std::vector<std::thread> threads;
  for (size_t t = 1; t < jobs; ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();
  progress.close();

  print_summary(orders, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  const bool summary_written = write_summary(orders, batch.out_dir);
  const bool any_failed = std::any_of(orders.begin(), orders.end(), [](const Order& o) { return o.status == OrderStatus::failed; });
  return any_failed || !summary_written ? kExitInvalid : kExitOk;
}

}  // namespace facet::cli
