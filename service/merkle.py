"""RFC 9162 Merkle trees over a topic's chain: tree heads, inclusion and consistency proofs.

A leaf is an entry's bytes hashed as SHA-256(0x00 || bytes); an inner node is
SHA-256(0x01 || left || right); a tree of n leaves splits at the largest power
of two below n (RFC 9162 §2.1.1). The chain's own entry hash is exactly that
leaf hash of the entry's canonical bytes (`chain.entry_hash`), so the leaves of
a topic's tree are its chain hashes in order.

Proofs follow §2.1.3 (inclusion) and §2.1.4 (consistency), generation and
verification alike. Everything here works on raw 32-byte hashes; a failed
check raises `ProofError` saying what did not hold.
"""
import hashlib

LEAF, NODE = b"\x00", b"\x01"


class ProofError(Exception):
    """A Merkle proof does not verify."""


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(LEAF + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(NODE + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two smaller than n (n > 1)."""
    return 1 << ((n - 1).bit_length() - 1)


def root(leaves: list[bytes], start: int = 0, end: int | None = None) -> bytes:
    """MTH(D[start:end]) over leaf hashes."""
    end = len(leaves) if end is None else end
    n = end - start
    if n == 0:
        return hashlib.sha256(b"").digest()
    if n == 1:
        return leaves[start]
    k = _split(n)
    return node_hash(root(leaves, start, start + k), root(leaves, start + k, end))


class Frontier:
    """The right edge of a growing tree: the roots of its perfect subtrees, largest first.

    Appending a leaf merges equal subtrees like a binary counter, and the root folds them
    from the right, which is exactly RFC 9162's split at the largest power of two. Both cost
    O(log n), so a writer signs a tree head without rereading the chain.
    """

    def __init__(self):
        self.size = 0
        self.last = None                      # the newest leaf, to notice a chain that was rewritten
        self._peaks: list[tuple[int, bytes]] = []  # (height, root)

    def append(self, leaf: bytes) -> None:
        height, node = 0, leaf
        while self._peaks and self._peaks[-1][0] == height:
            node = node_hash(self._peaks.pop()[1], node)
            height += 1
        self._peaks.append((height, node))
        self.size += 1
        self.last = leaf

    def root(self) -> bytes:
        if not self._peaks:
            return hashlib.sha256(b"").digest()
        result = self._peaks[-1][1]
        for _, left in reversed(self._peaks[:-1]):
            result = node_hash(left, result)
        return result


def inclusion_proof(index: int, leaves: list[bytes]) -> list[bytes]:
    """PATH(index, D[n]): the audit path for leaf `index` (0-based) in the tree of all `leaves`."""
    if not 0 <= index < len(leaves):
        raise ProofError(f"leaf {index} is not in a tree of {len(leaves)}")
    path, start, end = [], 0, len(leaves)
    while end - start > 1:
        k = _split(end - start)
        if index < start + k:
            path.append(root(leaves, start + k, end))
            end = start + k
        else:
            path.append(root(leaves, start, start + k))
            start += k
    return path[::-1]


def consistency_proof(old_size: int, leaves: list[bytes]) -> list[bytes]:
    """PROOF(m, D[n]): the hashes that show the first `old_size` leaves are a prefix of `leaves`."""
    if not 0 < old_size <= len(leaves):
        raise ProofError(f"no consistency proof from size {old_size} to {len(leaves)}")
    proof, start, end, remaining, complete = [], 0, len(leaves), old_size, True
    while remaining != end - start:
        k = _split(end - start)
        if remaining <= k:
            proof.append(root(leaves, start + k, end))
            end = start + k
        else:
            proof.append(root(leaves, start, start + k))
            start, remaining, complete = start + k, remaining - k, False
    if not complete:
        proof.append(root(leaves, start, end))
    return proof[::-1]


def verify_inclusion(leaf: bytes, index: int, size: int, path: list[bytes], expected_root: bytes) -> None:
    """RFC 9162 §2.1.3.2; raises ProofError unless `leaf` sits at `index` in the tree with `expected_root`."""
    if not 0 <= index < size:
        raise ProofError(f"leaf index {index} is outside a tree of size {size}")
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            raise ProofError("the inclusion path is longer than the tree is deep")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn:
                fn, sn = fn >> 1, sn >> 1
        else:
            r = node_hash(r, p)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:
        raise ProofError("the inclusion path is shorter than the tree is deep")
    if r != expected_root:
        raise ProofError("the inclusion path does not lead to the root")


def verify_consistency(old_size: int, new_size: int, proof: list[bytes], old_root: bytes, new_root: bytes) -> None:
    """RFC 9162 §2.1.4.2; raises ProofError unless the tree (old_size, old_root) is a prefix of
    the tree (new_size, new_root)."""
    if old_size > new_size:
        raise ProofError(f"the new tree ({new_size}) is smaller than the old one ({old_size})")
    if old_size == new_size:
        if proof:
            raise ProofError("trees of one size need an empty proof")
        if old_root != new_root:
            raise ProofError("the two trees have the same size but different roots")
        return
    if old_size == 0:
        if proof:
            raise ProofError("consistency with an empty tree needs an empty proof")
        return
    if not proof:
        raise ProofError("the consistency proof is empty")
    if old_size & (old_size - 1) == 0:
        proof = [old_root, *proof]
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    fr = sr = proof[0]
    for c in proof[1:]:
        if sn == 0:
            raise ProofError("the consistency proof is longer than the tree is deep")
        if fn & 1 or fn == sn:
            fr, sr = node_hash(c, fr), node_hash(c, sr)
            while not fn & 1 and fn:
                fn, sn = fn >> 1, sn >> 1
        else:
            sr = node_hash(sr, c)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:
        raise ProofError("the consistency proof is shorter than the tree is deep")
    if fr != old_root:
        raise ProofError("the old tree's root does not match: entries before it were changed")
    if sr != new_root:
        raise ProofError("the new tree's root does not match the proof")
