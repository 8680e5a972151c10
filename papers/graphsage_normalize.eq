% GraphSAGE, Hamilton, Ying & Leskovec (2017), Algorithm 1, line 7: normalize a node's representation
\mathbf{h}_v^k \in \mathbb{R}^{d}

\mathbf{h}_v^k \leftarrow \mathbf{h}_v^k / \|\mathbf{h}_v^k\|_2
