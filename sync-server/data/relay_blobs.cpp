// RelayData::blobs() in its own unit: only programs that touch blobs link the blob store.
#include "data/relay_data.h"

namespace fg::relay {

BlobStore& RelayData::blobs() {
  std::lock_guard lock(mutex_);
  if (!blobs_) blobs_ = std::make_unique<BlobStore>(dir_ / "blobs");
  return *blobs_;
}

}  // namespace fg::relay
