% FlashAttention-2, Dao (2023), Sec. 3.1.1: the online softmax over two blocks of keys, without rescaling by
% \ell until the end; S^{(j)} the scores of block j (B_r query rows, B_c keys), V^{(j)} its values (prose)
\mathbf{S}^{(1)}, \mathbf{S}^{(2)} \in \mathbb{R}^{B_r \times B_c}, \mathbf{V}^{(1)}, \mathbf{V}^{(2)} \in \mathbb{R}^{B_c \times d}

m^{(1)} = \mathrm{rowmax}(\mathbf{S}^{(1)})
\ell^{(1)} = \mathrm{rowsum}(e^{\mathbf{S}^{(1)} - m^{(1)}})
\tilde{\mathbf{O}}^{(1)} = e^{\mathbf{S}^{(1)} - m^{(1)}} \mathbf{V}^{(1)}
m^{(2)} = \max(m^{(1)}, \mathrm{rowmax}(\mathbf{S}^{(2)}))
\ell^{(2)} = e^{m^{(1)} - m^{(2)}} \ell^{(1)} + \mathrm{rowsum}(e^{\mathbf{S}^{(2)} - m^{(2)}})
\tilde{\mathbf{O}}^{(2)} = \mathrm{diag}(e^{m^{(1)} - m^{(2)}}) \tilde{\mathbf{O}}^{(1)} + e^{\mathbf{S}^{(2)} - m^{(2)}} \mathbf{V}^{(2)}
\mathbf{O}^{(2)} = \mathrm{diag}(\ell^{(2)})^{-1} \tilde{\mathbf{O}}^{(2)}
