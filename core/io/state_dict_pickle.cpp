// PyTorch zip-pickle state dicts (see state_dict_pickle.h): a strict, allow-listed unpickler for
// what torch.save(model.state_dict()) writes, and a writer that emits the same layout, so that
// diffusers' `*.bin` files load here and ours load in Python with torch.load(weights_only=True).
#include "core/io/state_dict_pickle.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <exception>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <ATen/ATen.h>
#include <c10/util/Exception.h>
#include <caffe2/serialize/inline_container.h>

#include "core/error.h"
#include "core/io/atomic_file.h"

namespace cds {

namespace {

// The legacy storage classes torch.save names in its persistent ids, and their dtypes.
struct StorageType {
  const char* name;
  at::ScalarType dtype;
};
constexpr StorageType kStorageTypes[] = {
    {"FloatStorage", at::kFloat},   {"HalfStorage", at::kHalf}, {"BFloat16Storage", at::kBFloat16},
    {"DoubleStorage", at::kDouble}, {"LongStorage", at::kLong}, {"IntStorage", at::kInt},
    {"ShortStorage", at::kShort},   {"CharStorage", at::kChar}, {"ByteStorage", at::kByte},
    {"BoolStorage", at::kBool},
};

std::optional<at::ScalarType> storage_dtype(const std::string& name) {
  for (const auto& t : kStorageTypes)
    if (name == t.name) return t.dtype;
  return std::nullopt;
}

const char* storage_name(at::ScalarType dtype) {
  for (const auto& t : kStorageTypes)
    if (dtype == t.dtype) return t.name;
  return nullptr;
}

// c10::Error::what() carries a C++ stack trace; people need only its first line.
std::string short_message(const c10::Error& e) {
  std::string s = e.what_without_backtrace();
  const auto eol = s.find('\n');
  return eol == std::string::npos ? s : s.substr(0, eol);
}

// The pickle opcodes used here, named as in Python's pickle module (and pickletools' listing).
namespace op {
constexpr uint8_t MARK = '(', STOP = '.', BININT = 'J', BININT1 = 'K', BININT2 = 'M', NONE = 'N',
                  BINPERSID = 'Q', REDUCE = 'R', BINUNICODE = 'X', APPEND = 'a', BUILD = 'b',
                  GLOBAL = 'c', APPENDS = 'e', BINFLOAT = 'G', BINGET = 'h', LONG_BINGET = 'j',
                  EMPTY_LIST = ']', BINPUT = 'q', LONG_BINPUT = 'r', SETITEM = 's', TUPLE = 't',
                  EMPTY_TUPLE = ')', SETITEMS = 'u', EMPTY_DICT = '}', PROTO = 0x80, NEWOBJ = 0x81,
                  TUPLE1 = 0x85, TUPLE2 = 0x86, TUPLE3 = 0x87, NEWTRUE = 0x88, NEWFALSE = 0x89,
                  LONG1 = 0x8a, SHORT_BINUNICODE = 0x8c, BINUNICODE8 = 0x8d, STACK_GLOBAL = 0x93,
                  MEMOIZE = 0x94, FRAME = 0x95;
}  // namespace op

// ---------------------------------------------------------------------------------------------
// Reader

// The only callables a state dict pickle names. Everything else is refused at GLOBAL.
enum class Global { OrderedDict, RebuildTensorV2, RebuildParameter, RestoreTypeTag, Storage };

enum class Kind { None, Bool, Int, Float, String, Global, Tuple, List, Dict, Storage, Tensor };

// One pickle value. Containers, storages and tensors live in the unpickler's tables and are
// referred to by index: the memo shares them by identity (SETITEMS mutates a memoized dict), a
// copy costs nothing (so BINGET cannot amplify memory), and no value owns another, so hostile
// nesting cannot recurse in a destructor.
struct Value {
  Kind kind = Kind::None;
  int64_t number = 0;                       // Bool, Int; for Global the Global enum
  double real = 0;                          // Float
  std::shared_ptr<const std::string> text;  // String
  size_t index = 0;  // Tuple/List -> sequences, Dict -> dicts, Storage -> storages, Tensor
                     // -> tensors; for Global::Storage the dtype
};

const char* describe(Kind kind) {
  static const char* const names[] = {
      "None",    "a bool", "an int", "a float",   "a string", "a class or function",
      "a tuple", "a list", "a dict", "a storage", "a tensor"};
  return names[size_t(kind)];
}

// A tensor record (`data/<key>`) read once and shared by every storage reference to it.
struct Record {
  std::shared_ptr<at::DataPtr> data;
  size_t bytes = 0;
  bool handed_out = false;  // its memory already backs a returned tensor
};

struct StorageRef {
  size_t record = 0;
  at::ScalarType dtype = at::kFloat;
  int64_t numel = 0;
};

class Unpickler {
 public:
  Unpickler(const std::filesystem::path& file, caffe2::serialize::PyTorchStreamReader& reader,
            const uint8_t* bytes, size_t size, bool tree = false,
            CheckpointContents* checkpoint = nullptr)
      : file_(file),
        reader_(reader),
        bytes_(bytes),
        size_(size),
        tree_(tree),
        checkpoint_(checkpoint) {}

  StateDict run();

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw FileError(file_, "data.pkl, byte " + std::to_string(op_pos_) + ": " + what);
  }

  const uint8_t* take(size_t n) {
    if (n > size_ - pos_) fail("the pickle ends early (truncated or damaged file)");
    const uint8_t* p = bytes_ + pos_;
    pos_ += n;
    return p;
  }
  uint64_t read_le(size_t n) {
    const uint8_t* p = take(n);
    uint64_t v = 0;
    for (size_t i = 0; i < n; ++i) v |= uint64_t(p[i]) << (8 * i);
    return v;
  }
  std::string read_line() {
    constexpr size_t kMaxLine = 256;
    for (size_t i = pos_; i < size_ && i - pos_ < kMaxLine; ++i) {
      if (bytes_[i] == '\n') {
        std::string line(reinterpret_cast<const char*>(bytes_ + pos_), i - pos_);
        pos_ = i + 1;
        return line;
      }
    }
    fail("a class name in the pickle is unterminated or too long");
  }
  std::shared_ptr<const std::string> read_string(uint64_t length) {
    if (length > size_ - pos_) fail("the pickle ends early (truncated or damaged file)");
    const auto* p = reinterpret_cast<const char*>(take(length));
    return std::make_shared<const std::string>(p, length);
  }

  void push(Value v) { stack_.push_back(std::move(v)); }
  Value pop() {
    if (stack_.empty() || (!marks_.empty() && stack_.size() <= marks_.back()))
      fail("the pickle pops more values than it pushed (damaged file)");
    Value v = std::move(stack_.back());
    stack_.pop_back();
    return v;
  }
  Value& top() {
    if (stack_.empty() || (!marks_.empty() && stack_.size() <= marks_.back()))
      fail("the pickle uses a value it never pushed (damaged file)");
    return stack_.back();
  }
  std::vector<Value> pop_mark() {
    if (marks_.empty()) fail("the pickle closes a group it never opened (damaged file)");
    const size_t mark = marks_.back();
    marks_.pop_back();
    std::vector<Value> items(std::make_move_iterator(stack_.begin() + mark),
                             std::make_move_iterator(stack_.end()));
    stack_.resize(mark);
    return items;
  }

  Value make_sequence(Kind kind, std::vector<Value> items) {
    Value v;
    v.kind = kind;
    v.index = sequences_.size();
    sequences_.push_back(std::move(items));
    return v;
  }
  Value make_dict() {
    Value v;
    v.kind = Kind::Dict;
    v.index = dicts_.size();
    dicts_.emplace_back();
    return v;
  }
  Value make_int(int64_t n) {
    Value v;
    v.kind = Kind::Int;
    v.number = n;
    return v;
  }

  const std::vector<Value>& tuple_of(const Value& v, const char* what) {
    if (v.kind != Kind::Tuple)
      fail(std::string(what) + " is " + describe(v.kind) + ", not a tuple");
    return sequences_[v.index];
  }
  int64_t int_of(const Value& v, const char* what) {
    if (v.kind != Kind::Int) fail(std::string(what) + " is " + describe(v.kind) + ", not an int");
    return v.number;
  }
  const std::string& string_of(const Value& v, const char* what) {
    if (v.kind != Kind::String)
      fail(std::string(what) + " is " + describe(v.kind) + ", not a string");
    return *v.text;
  }

  Value resolve_global(const std::string& module, const std::string& name);
  Value persistent_load(const Value& pid);
  Value reduce(const Value& callable, const Value& args);
  Value rebuild_tensor(const std::vector<Value>& args);
  StateDict to_state_dict(const Value& root);
  const Value* dict_entry(const Value& dict, const std::string& name) const;
  // The tensors of a dict tree, nested keys joined by '.', other values skipped.
  void collect_tree(const Value& dict, const std::string& prefix, int depth, StateDict& out);

  const std::filesystem::path& file_;
  caffe2::serialize::PyTorchStreamReader& reader_;
  const uint8_t* bytes_;
  size_t size_;
  bool tree_ = false;
  // Set when reading a training checkpoint: descend into "state_dict", keep global_step, and
  // leave out entries that are not tensors.
  CheckpointContents* checkpoint_ = nullptr;
  size_t pos_ = 0;
  size_t op_pos_ = 0;

  std::vector<Value> stack_;
  std::vector<size_t> marks_;
  std::unordered_map<uint32_t, Value> memo_;
  std::vector<std::vector<Value>> sequences_;
  std::vector<std::vector<std::pair<Value, Value>>> dicts_;
  std::unordered_map<std::string, size_t> record_index_;
  std::vector<Record> records_;
  std::vector<StorageRef> storages_;
  std::vector<at::Tensor> tensors_;
  uint64_t record_bytes_ = 0;  // all tensor records read
  uint64_t copied_bytes_ = 0;  // all views copied out of them
};

Value Unpickler::resolve_global(const std::string& module, const std::string& name) {
  Value v;
  v.kind = Kind::Global;
  if (module == "collections" && name == "OrderedDict") {
    v.number = int64_t(Global::OrderedDict);
  } else if (module == "torch._utils" && name == "_rebuild_tensor_v2") {
    v.number = int64_t(Global::RebuildTensorV2);
  } else if (module == "torch._utils" &&
             (name == "_rebuild_parameter" || name == "_rebuild_parameter_with_state")) {
    v.number = int64_t(Global::RebuildParameter);
  } else if (module == "torch.jit._pickle" && name == "restore_type_tag") {
    v.number = int64_t(Global::RestoreTypeTag);
  } else if (module == "torch" && storage_dtype(name)) {
    v.number = int64_t(Global::Storage);
    v.index = size_t(*storage_dtype(name));
  } else {
    throw FileError(file_, "refusing to load: the pickle names " + module + " " + name +
                               ", which a state dict never contains");
  }
  return v;
}

// ('storage', <torch.XStorage>, key, location, numel): the tensor data in record data/<key>.
Value Unpickler::persistent_load(const Value& pid) {
  const auto& t = tuple_of(pid, "a persistent id");
  if (t.size() != 5 || t[0].kind != Kind::String || *t[0].text != "storage")
    fail("a persistent id that is not a tensor storage");
  if (t[1].kind != Kind::Global || t[1].number != int64_t(Global::Storage))
    fail("a storage whose type is not a torch storage class");
  const auto dtype = at::ScalarType(t[1].index);
  const std::string& key = string_of(t[2], "a storage key");
  string_of(t[3], "a storage location");  // 'cpu', 'cuda:0'...: everything loads to the CPU
  const int64_t numel = int_of(t[4], "a storage size");
  if (numel < 0) fail("a storage with a negative size");

  auto found = record_index_.find(key);
  if (found == record_index_.end()) {
    const std::string name = "data/" + key;
    if (!reader_.hasRecord(name))
      fail("the tensor record " + name + " is missing from the archive");
    Record record;
    at::DataPtr data;
    std::tie(data, record.bytes) = reader_.getRecord(name);
    record.data = std::make_shared<at::DataPtr>(std::move(data));
    record_bytes_ += record.bytes;
    found = record_index_.emplace(key, records_.size()).first;
    records_.push_back(std::move(record));
  }
  const Record& record = records_[found->second];
  const uint64_t element = c10::elementSize(dtype);
  if (uint64_t(numel) > record.bytes / element)
    fail("the tensor record data/" + key + " holds " + std::to_string(record.bytes) +
         " bytes, less than its " + std::to_string(numel) + " elements of " +
         std::to_string(element) + " bytes");

  Value v;
  v.kind = Kind::Storage;
  v.index = storages_.size();
  storages_.push_back({found->second, dtype, numel});
  return v;
}

// _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks
// [, metadata]). The view is checked against its storage before torch sees it, so a hostile
// file gets an error rather than an out-of-bounds read.
Value Unpickler::rebuild_tensor(const std::vector<Value>& args) {
  if (args.size() != 6 && args.size() != 7)
    fail("_rebuild_tensor_v2 with a wrong number of arguments");
  if (args[0].kind != Kind::Storage)
    fail("_rebuild_tensor_v2 on " + std::string(describe(args[0].kind)));
  const StorageRef storage = storages_[args[0].index];
  const int64_t offset = int_of(args[1], "a tensor's storage offset");
  const auto& size_values = tuple_of(args[2], "a tensor's size");
  const auto& stride_values = tuple_of(args[3], "a tensor's stride");
  if (size_values.size() != stride_values.size())
    fail("a tensor with different numbers of sizes and strides");
  if (size_values.size() > 64) fail("a tensor with more than 64 dimensions");

  std::vector<int64_t> sizes, strides;
  int64_t numel = 1;
  int64_t last = offset;  // the highest element index the view touches
  bool overflow = offset < 0;
  for (size_t i = 0; i < size_values.size(); ++i) {
    sizes.push_back(int_of(size_values[i], "a tensor size"));
    strides.push_back(int_of(stride_values[i], "a tensor stride"));
    if (sizes.back() < 0 || strides.back() < 0) fail("a tensor with a negative size or stride");
    int64_t reach = 0;
    overflow = overflow || __builtin_mul_overflow(numel, sizes.back(), &numel);
    if (sizes.back() > 0)
      overflow = overflow || __builtin_mul_overflow(sizes.back() - 1, strides.back(), &reach) ||
                 __builtin_add_overflow(last, reach, &last);
  }
  if (overflow) fail("a tensor view with a negative offset or an impossibly large size");
  const bool fits = numel == 0 ? offset <= storage.numel : last < storage.numel;
  if (!fits || numel > storage.numel)
    fail("a tensor view that reaches beyond its storage of " + std::to_string(storage.numel) +
         " elements");

  Record& record = records_[storage.record];
  const bool is_bool = storage.dtype == at::kBool;
  // Bool data is read as bytes and compared with 0, so that bytes other than 0 and 1 in a
  // damaged file cannot make invalid bools.
  const auto dtype = is_bool ? at::kByte : storage.dtype;
  auto keep = record.data;
  at::Tensor whole = at::from_blob(
      record.data->get(), {storage.numel}, [keep](void*) {}, at::TensorOptions().dtype(dtype));
  at::Tensor view = whole.as_strided(sizes, strides, offset);

  at::Tensor tensor;
  if (!is_bool && !record.handed_out && offset == 0 && numel == storage.numel &&
      view.is_contiguous()) {
    // The whole record: the tensor takes its memory over (the deleter keeps it alive).
    record.handed_out = true;
    tensor = view;
  } else {
    // A slice, a strided or a repeated view: copy it, so that the result owns just its own
    // elements (diffusers' `<token>.bin` is one row of the whole embedding matrix's storage)
    // and no two entries alias. Copies may not exceed twice the data in the file, which no
    // state dict needs and which stops a small hostile file from asking for huge copies.
    const uint64_t bytes = uint64_t(numel) * c10::elementSize(dtype);
    copied_bytes_ += bytes;
    if (copied_bytes_ > 2 * record_bytes_ + (uint64_t(64) << 20))
      fail("the tensor views copy far more data than the file holds; refusing");
    tensor = is_bool ? view.ne(0) : view.clone(at::MemoryFormat::Contiguous);
  }
  Value v;
  v.kind = Kind::Tensor;
  v.index = tensors_.size();
  tensors_.push_back(std::move(tensor));
  return v;
}

Value Unpickler::reduce(const Value& callable, const Value& args_value) {
  if (callable.kind != Kind::Global)
    fail("the pickle calls " + std::string(describe(callable.kind)));
  const auto& args = tuple_of(args_value, "a call's arguments");
  switch (Global(callable.number)) {
    case Global::OrderedDict:
      if (!args.empty()) fail("OrderedDict built from arguments");
      return make_dict();
    case Global::RebuildTensorV2:
      return rebuild_tensor(args);
    case Global::RebuildParameter:  // (data, requires_grad, backward_hooks[, state])
      if (args.size() < 3 || args[0].kind != Kind::Tensor)
        fail("_rebuild_parameter without a tensor");
      return args[0];
    case Global::RestoreTypeTag:  // (value, type string): torch::pickle_save's type annotation
      if (args.size() != 2) fail("restore_type_tag with a wrong number of arguments");
      return args[0];
    case Global::Storage:
      break;
  }
  fail("the pickle calls a storage class");
}

StateDict Unpickler::run() {
  for (;;) {
    op_pos_ = pos_;
    const uint8_t code = *take(1);
    switch (code) {
      case op::PROTO:
        if (*take(1) > 5) fail("a pickle protocol newer than 5");
        break;
      case op::FRAME:  // a buffering hint
        read_le(8);
        break;
      case op::GLOBAL: {
        const std::string module = read_line();
        const std::string name = read_line();
        push(resolve_global(module, name));
        break;
      }
      case op::STACK_GLOBAL: {
        const Value name = pop();
        const Value module = pop();
        push(resolve_global(string_of(module, "a module name"), string_of(name, "a class name")));
        break;
      }
      case op::BINPUT:
      case op::LONG_BINPUT:
        memo_[uint32_t(read_le(code == op::BINPUT ? 1 : 4))] = top();
        break;
      case op::MEMOIZE:
        memo_[uint32_t(memo_.size())] = top();
        break;
      case op::BINGET:
      case op::LONG_BINGET: {
        const auto found = memo_.find(uint32_t(read_le(code == op::BINGET ? 1 : 4)));
        if (found == memo_.end()) fail("the pickle refers to a value it never stored");
        push(found->second);
        break;
      }
      case op::MARK:
        marks_.push_back(stack_.size());
        break;
      case op::EMPTY_TUPLE:
        push(make_sequence(Kind::Tuple, {}));
        break;
      case op::EMPTY_LIST:
        push(make_sequence(Kind::List, {}));
        break;
      case op::EMPTY_DICT:
        push(make_dict());
        break;
      case op::TUPLE:
        push(make_sequence(Kind::Tuple, pop_mark()));
        break;
      case op::TUPLE1:
      case op::TUPLE2:
      case op::TUPLE3: {
        std::vector<Value> items(code - op::TUPLE1 + 1);
        for (size_t i = items.size(); i-- > 0;) items[i] = pop();
        push(make_sequence(Kind::Tuple, std::move(items)));
        break;
      }
      case op::NONE:
        push(Value{});
        break;
      case op::NEWTRUE:
      case op::NEWFALSE: {
        Value v;
        v.kind = Kind::Bool;
        v.number = code == op::NEWTRUE;
        push(v);
        break;
      }
      case op::BININT:
        push(make_int(int32_t(uint32_t(read_le(4)))));
        break;
      case op::BININT1:
      case op::BININT2:
        push(make_int(int64_t(read_le(code == op::BININT1 ? 1 : 2))));
        break;
      case op::LONG1: {  // little-endian two's complement of n bytes
        const size_t n = read_le(1);
        if (n > 8) fail("an integer too large for 64 bits");
        uint64_t v = read_le(n);
        if (n > 0 && n < 8 && (v >> (8 * n - 1)) & 1) v |= ~uint64_t(0) << (8 * n);
        push(make_int(int64_t(v)));
        break;
      }
      case op::BINFLOAT: {  // big-endian double
        const uint8_t* p = take(8);
        uint64_t bits = 0;
        for (int i = 0; i < 8; ++i) bits = (bits << 8) | p[i];
        Value v;
        v.kind = Kind::Float;
        std::memcpy(&v.real, &bits, sizeof bits);
        push(v);
        break;
      }
      case op::BINUNICODE:
      case op::SHORT_BINUNICODE:
      case op::BINUNICODE8: {
        const int width = code == op::BINUNICODE ? 4 : code == op::SHORT_BINUNICODE ? 1 : 8;
        Value v;
        v.kind = Kind::String;
        v.text = read_string(read_le(width));
        push(v);
        break;
      }
      case op::SETITEM: {
        Value value = pop();
        Value key = pop();
        const Value& dict = top();
        if (dict.kind != Kind::Dict) fail("SETITEM on " + std::string(describe(dict.kind)));
        dicts_[dict.index].emplace_back(std::move(key), std::move(value));
        break;
      }
      case op::SETITEMS: {
        auto items = pop_mark();
        const Value& dict = top();
        if (dict.kind != Kind::Dict) fail("SETITEMS on " + std::string(describe(dict.kind)));
        if (items.size() % 2) fail("SETITEMS with a key but no value");
        for (size_t i = 0; i < items.size(); i += 2)
          dicts_[dict.index].emplace_back(std::move(items[i]), std::move(items[i + 1]));
        break;
      }
      case op::APPEND: {
        Value item = pop();
        const Value& list = top();
        if (list.kind != Kind::List) fail("APPEND on " + std::string(describe(list.kind)));
        sequences_[list.index].push_back(std::move(item));
        break;
      }
      case op::APPENDS: {
        auto items = pop_mark();
        const Value& list = top();
        if (list.kind != Kind::List) fail("APPENDS on " + std::string(describe(list.kind)));
        auto& seq = sequences_[list.index];
        seq.insert(seq.end(), std::make_move_iterator(items.begin()),
                   std::make_move_iterator(items.end()));
        break;
      }
      case op::BUILD: {  // the state (an OrderedDict's `_metadata`) is not part of the weights
        pop();
        const Value& target = top();
        if (target.kind != Kind::Dict && target.kind != Kind::Tensor)
          fail("BUILD on " + std::string(describe(target.kind)));
        break;
      }
      case op::BINPERSID: {
        const Value pid = pop();
        push(persistent_load(pid));
        break;
      }
      case op::REDUCE: {
        const Value args = pop();
        const Value callable = pop();
        push(reduce(callable, args));
        break;
      }
      case op::NEWOBJ: {  // cls.__new__(cls, *args)
        const Value args = pop();
        const Value cls = pop();
        if (cls.kind != Kind::Global || cls.number != int64_t(Global::OrderedDict))
          fail("the pickle instantiates something other than an OrderedDict");
        tuple_of(args, "NEWOBJ's arguments");
        push(make_dict());
        break;
      }
      case op::STOP:
        return to_state_dict(pop());
      default: {
        static const char* hex = "0123456789abcdef";
        fail(std::string("unsupported pickle opcode 0x") + hex[code >> 4] + hex[code & 15] +
             " (not something a state dict contains)");
      }
    }
  }
}

void Unpickler::collect_tree(const Value& dict, const std::string& prefix, int depth,
                             StateDict& out) {
  if (depth > 8) throw FileError(file_, "the dicts are nested too deeply");
  for (const auto& [key, value] : dicts_[dict.index]) {
    if (key.kind != Kind::String) continue;
    if (value.kind == Kind::Dict)
      collect_tree(value, prefix + *key.text + ".", depth + 1, out);
    else if (value.kind == Kind::Tensor)
      out[prefix + *key.text] = tensors_[value.index];
  }
}

const Value* Unpickler::dict_entry(const Value& dict, const std::string& name) const {
  for (const auto& [key, value] : dicts_[dict.index])
    if (key.kind == Kind::String && *key.text == name) return &value;
  return nullptr;
}

StateDict Unpickler::to_state_dict(const Value& top) {
  if (top.kind != Kind::Dict)
    throw FileError(file_,
                    std::string("the file holds ") + describe(top.kind) + ", not a state dict");
  const Value* root = &top;
  if (checkpoint_) {
    // Lightning / LDM checkpoints keep the weights under "state_dict" (as diffusers'
    // load_single_file_checkpoint, descend while there is one) beside global_step, epoch...
    for (;;) {
      if (const Value* step = dict_entry(*root, "global_step"); step && step->kind == Kind::Int)
        checkpoint_->global_step = step->number;
      const Value* inner = dict_entry(*root, "state_dict");
      if (!inner || inner->kind != Kind::Dict) break;
      root = inner;
    }
  }
  StateDict out;
  if (tree_) {
    collect_tree(*root, "", 0, out);
    return out;
  }
  for (const auto& [key, value] : dicts_[root->index]) {
    if (checkpoint_ && (key.kind != Kind::String || value.kind != Kind::Tensor)) continue;
    if (key.kind != Kind::String)
      throw FileError(file_, std::string("the state dict has ") + describe(key.kind) +
                                 " as a key; parameter names are strings");
    // diffusers' save_attn_procs writes `{}` for each attention processor without weights.
    if (value.kind == Kind::Dict && dicts_[value.index].empty()) continue;
    if (value.kind == Kind::Dict)
      throw FileError(
          file_, "the entry '" + *key.text +
                     "' is a nested dict; only flat state dicts (name -> tensor) are supported");
    if (value.kind != Kind::Tensor)
      throw FileError(
          file_, "the entry '" + *key.text + "' is " + describe(value.kind) + ", not a tensor");
    out[*key.text] = tensors_[value.index];  // a repeated key: the last one wins, as in Python
  }
  return out;
}

// Why a file that is not a zip archive is not readable, in words a person can act on.
std::string not_a_zip_reason(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return "cannot open it for reading";
  char head[4] = {};
  in.read(head, 4);
  if (in.gcount() == 4 && std::memcmp(head, "PK\x03\x04", 4) == 0) return {};
  if (in.gcount() >= 2 && uint8_t(head[0]) == 0x80 && uint8_t(head[1]) <= 5)
    return "it is in PyTorch's legacy (before 1.6) format, which is not supported; load it in "
           "Python and save it again with torch.save";
  return "it is not a PyTorch checkpoint (not a zip archive)";
}

// ---------------------------------------------------------------------------------------------
// Writer: the pickle torch.save writes for a plain dict of tensors, in protocol 2 and with only
// the opcodes that torch.load(weights_only=True) accepts (no memo, BINUNICODE strings).

class PickleWriter {
 public:
  PickleWriter& op(uint8_t code) {
    out_.push_back(char(code));
    return *this;
  }
  PickleWriter& global(const std::string& module, const std::string& name) {
    op(op::GLOBAL).out_ += module + "\n" + name + "\n";
    return *this;
  }
  PickleWriter& string(const std::string& s) {
    op(op::BINUNICODE).le(s.size(), 4).out_ += s;
    return *this;
  }
  PickleWriter& integer(int64_t v) {
    if (v >= 0 && v < 0x100) return op(op::BININT1).le(uint64_t(v), 1);
    if (v >= 0 && v < 0x10000) return op(op::BININT2).le(uint64_t(v), 2);
    if (v >= INT32_MIN && v <= INT32_MAX) return op(op::BININT).le(uint32_t(int32_t(v)), 4);
    return op(op::LONG1).le(8, 1).le(uint64_t(v), 8);
  }
  PickleWriter& int_tuple(at::IntArrayRef values) {
    if (values.empty()) return op(op::EMPTY_TUPLE);
    op(op::MARK);
    for (const int64_t v : values) integer(v);
    return op(op::TUPLE);
  }
  const std::string& bytes() const { return out_; }

 private:
  PickleWriter& le(uint64_t v, int n) {
    for (int i = 0; i < n; ++i) out_.push_back(char((v >> (8 * i)) & 0xff));
    return *this;
  }
  std::string out_;
};

// The strides torch gives a contiguous tensor (a size-0 dimension counts as 1).
std::vector<int64_t> row_major_strides(at::IntArrayRef sizes) {
  std::vector<int64_t> strides(sizes.size());
  int64_t stride = 1;
  for (size_t i = sizes.size(); i-- > 0;) {
    strides[i] = stride;
    stride *= std::max<int64_t>(sizes[i], 1);
  }
  return strides;
}

// key -> _rebuild_tensor_v2(storage data/<i>, 0, size, contiguous stride, False, OrderedDict())
void tensor_dict(PickleWriter& p, const std::vector<std::pair<std::string, at::Tensor>>& entries) {
  p.op(op::EMPTY_DICT);
  if (!entries.empty()) {
    p.op(op::MARK);
    for (size_t i = 0; i < entries.size(); ++i) {
      const at::Tensor& t = entries[i].second;
      p.string(entries[i].first).global("torch._utils", "_rebuild_tensor_v2").op(op::MARK);
      p.op(op::MARK).string("storage").global("torch", storage_name(t.scalar_type()));
      p.string(std::to_string(i)).string("cpu").integer(t.numel()).op(op::TUPLE).op(op::BINPERSID);
      p.integer(0).int_tuple(t.sizes()).int_tuple(row_major_strides(t.sizes()));
      p.op(op::NEWFALSE);                                                         // requires_grad
      p.global("collections", "OrderedDict").op(op::EMPTY_TUPLE).op(op::REDUCE);  // no hooks
      p.op(op::TUPLE).op(op::REDUCE);
    }
    p.op(op::SETITEMS);
  }
}

// A plain state dict, or with `global_step` the layout of an LDM training checkpoint:
// {"state_dict": {...}, "global_step": N}.
std::string state_dict_pickle(const std::vector<std::pair<std::string, at::Tensor>>& entries,
                              std::optional<int64_t> global_step = std::nullopt) {
  PickleWriter p;
  p.op(op::PROTO).op(2);
  if (global_step) {
    p.op(op::EMPTY_DICT).op(op::MARK).string("state_dict");
    tensor_dict(p, entries);
    p.string("global_step").integer(*global_step).op(op::SETITEMS);
  } else {
    tensor_dict(p, entries);
  }
  p.op(op::STOP);
  return p.bytes();
}

}  // namespace

namespace {

// The archive's data.pkl through the unpickler; `file` names the archive in messages.
// `tree`: read_tensor_tree_pickle's flattening of nested dicts.
StateDict read_archive(
    const std::filesystem::path& file,
    const std::function<std::unique_ptr<caffe2::serialize::PyTorchStreamReader>()>& open_reader,
    bool tree = false, CheckpointContents* checkpoint = nullptr) {
  std::unique_ptr<caffe2::serialize::PyTorchStreamReader> reader;
  try {
    reader = open_reader();
  } catch (const c10::Error& e) {
    throw FileError(file, "not a readable PyTorch checkpoint (damaged or truncated zip archive: " +
                              short_message(e) + ")");
  }
  try {
    // The reader strips the archive's top folder ("archive/", or the file stem torch.save
    // used), so records are named as torch.save wrote them below that folder.
    if (!reader->hasRecord("data.pkl")) {
      if (reader->hasRecord("constants.pkl"))
        throw FileError(file, "this is a TorchScript module, not a state dict");
      throw FileError(file, "the archive has no data.pkl; it is not a torch.save checkpoint");
    }
    at::DataPtr pickle;
    size_t size = 0;
    std::tie(pickle, size) = reader->getRecord("data.pkl");
    Unpickler unpickler(file, *reader, static_cast<const uint8_t*>(pickle.get()), size, tree,
                        checkpoint);
    return unpickler.run();
  } catch (const c10::Error& e) {
    throw FileError(file, "cannot read the archive (" + short_message(e) + ")");
  } catch (const std::bad_alloc&) {
    throw FileError(file, "not enough memory to load it");
  }
}

StateDict read_file_archive(const std::filesystem::path& file, bool tree,
                            CheckpointContents* checkpoint = nullptr) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) throw FileError(file, "file not found");
  if (const auto reason = not_a_zip_reason(file); !reason.empty()) throw FileError(file, reason);
  return read_archive(
      file, [&] { return std::make_unique<caffe2::serialize::PyTorchStreamReader>(file.string()); },
      tree, checkpoint);
}

}  // namespace

StateDict read_state_dict_pickle(const std::filesystem::path& file) {
  return read_file_archive(file, false);
}

StateDict read_tensor_tree_pickle(const std::filesystem::path& file) {
  return read_file_archive(file, true);
}

StateDict read_state_dict_pickle_bytes(std::string_view bytes, const std::filesystem::path& name) {
  if (bytes.size() < 4 || std::memcmp(bytes.data(), "PK\x03\x04", 4) != 0)
    throw FileError(name, "it is not a PyTorch checkpoint (not a zip archive)");
  std::istringstream in{std::string(bytes)};
  return read_archive(
      name, [&] { return std::make_unique<caffe2::serialize::PyTorchStreamReader>(&in); });
}

CheckpointContents read_checkpoint_pickle(const std::filesystem::path& file) {
  CheckpointContents contents;
  contents.tensors = read_file_archive(file, false, &contents);
  return contents;
}

namespace {

void write_pickle(const std::filesystem::path& file, const StateDict& tensors,
                  std::optional<int64_t> global_step) {
  std::vector<std::pair<std::string, at::Tensor>> entries;
  entries.reserve(tensors.size());
  for (const auto& [name, tensor] : tensors) {
    if (!tensor.defined())
      throw FileError(file, "cannot save '" + name + "': the tensor is undefined");
    if (!storage_name(tensor.scalar_type()) || tensor.is_sparse() || tensor.is_quantized())
      throw FileError(file, "cannot save '" + name +
                                "': " + std::string(c10::toString(tensor.scalar_type())) +
                                " tensors are not supported in .bin files");
    entries.emplace_back(name, tensor);
  }
  const std::string pickle = state_dict_pickle(entries, global_step);

  AtomicFile out(file);
  // The zip writer calls back through miniz's C code, which an exception must not cross: keep
  // the first failure, swallow the rest of the bytes, and raise it once the writer is done.
  std::exception_ptr write_error;
  try {
    caffe2::serialize::PyTorchStreamWriter writer([&](const void* data, size_t n) -> size_t {
      if (!write_error) {
        try {
          out.write(data, n);
        } catch (...) {
          write_error = std::current_exception();
        }
      }
      return n;
    });
    // Record names as torch.save writes them: archive/data.pkl, archive/byteorder,
    // archive/data/<i>; the writer adds archive/version.
    writer.writeRecord("data.pkl", pickle.data(), pickle.size());
    writer.writeRecord("byteorder", "little", 6);
    static const char empty = 0;
    for (size_t i = 0; i < entries.size() && !write_error; ++i) {
      // One contiguous CPU copy at a time, so that saving never holds two copies of the model.
      const at::Tensor data = entries[i].second.detach().to(at::kCPU).contiguous();
      const size_t bytes = data.numel() * data.element_size();
      writer.writeRecord("data/" + std::to_string(i), bytes ? data.data_ptr() : &empty, bytes);
    }
    writer.writeEndOfFile();
  } catch (const c10::Error& e) {
    throw FileError(file, "cannot write the archive (" + short_message(e) + ")");
  }
  if (write_error) std::rethrow_exception(write_error);
  out.commit();
}

}  // namespace

void write_state_dict_pickle(const std::filesystem::path& file, const StateDict& tensors) {
  write_pickle(file, tensors, std::nullopt);
}

void write_checkpoint_pickle(const std::filesystem::path& file, const StateDict& tensors,
                             int64_t global_step) {
  write_pickle(file, tensors, global_step);
}

}  // namespace cds
