"""RFC 9162 Merkle trees: the certificate-transparency test vectors, then every proof in pairs:
the good one verifies, and each way of corrupting it fails."""
import pytest

from service import merkle

LEAVES = [b"", b"\x00", b"\x10", b"\x20\x21", b"\x30\x31", b"\x40\x41\x42\x43",
          b"\x50\x51\x52\x53\x54\x55\x56\x57", bytes(range(0x60, 0x70))]
ROOTS = ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
         "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
         "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
         "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
         "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
         "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
         "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
         "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"]
INCLUSION = {(0, 8): ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"],
             (5, 8): ["bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]}
CONSISTENCY = {(1, 8): INCLUSION[(0, 8)],
               (6, 8): ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"],
               (2, 5): ["5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]}
HASHES = [merkle.leaf_hash(leaf) for leaf in LEAVES]


def test_empty_tree_is_the_hash_of_nothing():
    assert merkle.root([]).hex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


@pytest.mark.parametrize("size", range(1, 9))
def test_roots_match_the_reference_vectors(size):
    assert merkle.root(HASHES[:size]).hex() == ROOTS[size - 1]


@pytest.mark.parametrize("index, size", INCLUSION)
def test_inclusion_proofs_match_the_reference_vectors(index, size):
    assert [h.hex() for h in merkle.inclusion_proof(index, HASHES[:size])] == INCLUSION[(index, size)]


@pytest.mark.parametrize("old, new", CONSISTENCY)
def test_consistency_proofs_match_the_reference_vectors(old, new):
    assert [h.hex() for h in merkle.consistency_proof(old, HASHES[:new])] == CONSISTENCY[(old, new)]


def many(n):
    return [merkle.leaf_hash(str(i).encode()) for i in range(n)]


def test_every_inclusion_proof_verifies():
    for size in range(1, 34):
        leaves = many(size)
        top = merkle.root(leaves)
        for index in range(size):
            merkle.verify_inclusion(leaves[index], index, size, merkle.inclusion_proof(index, leaves), top)


def test_every_consistency_proof_verifies():
    leaves = many(33)
    for new in range(1, 34):
        for old in range(1, new + 1):
            merkle.verify_consistency(old, new, merkle.consistency_proof(old, leaves[:new]),
                                      merkle.root(leaves[:old]), merkle.root(leaves[:new]))


def flip(digest: bytes) -> bytes:
    return bytes([digest[0] ^ 1]) + digest[1:]


LEAVES_13 = many(13)
ROOT_13 = merkle.root(LEAVES_13)
PATH_5 = merkle.inclusion_proof(5, LEAVES_13)


@pytest.mark.parametrize("leaf, index, size, path, top", [
    (LEAVES_13[5], 4, 13, PATH_5, ROOT_13),                           # wrong position
    (LEAVES_13[5], 6, 13, PATH_5, ROOT_13),
    (LEAVES_13[5], 5, 13, PATH_5[:-1], ROOT_13),                      # truncated
    (LEAVES_13[5], 5, 13, PATH_5 + [PATH_5[0]], ROOT_13),             # padded
    (LEAVES_13[5], 5, 13, [PATH_5[1], PATH_5[0], *PATH_5[2:]], ROOT_13),  # reordered
    (LEAVES_13[5], 5, 13, [flip(PATH_5[0]), *PATH_5[1:]], ROOT_13),   # one byte changed
    (flip(LEAVES_13[5]), 5, 13, PATH_5, ROOT_13),                     # another leaf
    (LEAVES_13[5], 5, 13, PATH_5, flip(ROOT_13)),                     # another root
    (LEAVES_13[5], 5, 6, PATH_5, ROOT_13),                            # a smaller tree
    (LEAVES_13[5], 13, 13, PATH_5, ROOT_13),                          # outside the tree
], ids=["position-4", "position-6", "truncated", "padded", "reordered", "byte-changed", "other-leaf",
        "other-root", "smaller-tree", "outside"])
def test_corrupted_inclusion_proofs_fail(leaf, index, size, path, top):
    merkle.verify_inclusion(LEAVES_13[5], 5, 13, PATH_5, ROOT_13)  # the good one, for contrast
    with pytest.raises(merkle.ProofError):
        merkle.verify_inclusion(leaf, index, size, path, top)


OLD_ROOT = merkle.root(LEAVES_13[:6])
PROOF_6_13 = merkle.consistency_proof(6, LEAVES_13)
REWRITTEN = merkle.root([LEAVES_13[0], flip(LEAVES_13[1]), *LEAVES_13[2:6]])


@pytest.mark.parametrize("old, new, proof, old_root, new_root", [
    (6, 13, PROOF_6_13[:-1], OLD_ROOT, ROOT_13),                      # truncated
    (6, 13, PROOF_6_13 + [PROOF_6_13[0]], OLD_ROOT, ROOT_13),         # padded
    (6, 13, PROOF_6_13[::-1], OLD_ROOT, ROOT_13),                     # reordered
    (6, 13, [flip(PROOF_6_13[0]), *PROOF_6_13[1:]], OLD_ROOT, ROOT_13),  # one byte changed
    (6, 13, PROOF_6_13, REWRITTEN, ROOT_13),                          # rewritten before the old size
    (6, 13, PROOF_6_13, OLD_ROOT, flip(ROOT_13)),                     # another new tree
    (5, 13, PROOF_6_13, OLD_ROOT, ROOT_13),                           # wrong old size
    (13, 6, PROOF_6_13, ROOT_13, OLD_ROOT),                           # rolled back
    (6, 6, [], OLD_ROOT, REWRITTEN),                                  # same size, other root
    (6, 13, [], OLD_ROOT, ROOT_13),                                   # no proof at all
], ids=["truncated", "padded", "reordered", "byte-changed", "rewritten", "other-new-root", "wrong-old-size",
        "rolled-back", "same-size-other-root", "empty"])
def test_corrupted_consistency_proofs_fail(old, new, proof, old_root, new_root):
    merkle.verify_consistency(6, 13, PROOF_6_13, OLD_ROOT, ROOT_13)  # the good one, for contrast
    with pytest.raises(merkle.ProofError):
        merkle.verify_consistency(old, new, proof, old_root, new_root)


def test_a_frontier_grown_leaf_by_leaf_has_the_tree_root_at_every_size():
    leaves = [merkle.leaf_hash(bytes([i])) for i in range(70)]
    frontier = merkle.Frontier()
    assert frontier.root() == merkle.root([])
    for size in range(1, len(leaves) + 1):
        frontier.append(leaves[size - 1])
        assert frontier.root() == merkle.root(leaves[:size]), size
