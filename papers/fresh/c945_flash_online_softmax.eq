% FlashAttention (Dao et al., 2022), Algorithm 1 lines 10-11: one block S_{ij} of scores (B_r rows, B_c columns);
% the running row max m_i and row sum \ell_i of the rows so far, updated with the block's
S_{ij} \in \mathbb{R}^{B_r \times B_c}, m_i, \ell_i \in \mathbb{R}^{B_r}

\tilde{m}_{ij} = \mathrm{rowmax}(S_{ij})
\tilde{P}_{ij} = \exp(S_{ij} - \tilde{m}_{ij})
\tilde{\ell}_{ij} = \mathrm{rowsum}(\tilde{P}_{ij})
m_i^{\mathrm{new}} = \max(m_i, \tilde{m}_{ij})
\ell_i^{\mathrm{new}} = e^{m_i - m_i^{\mathrm{new}}} \ell_i + e^{\tilde{m}_{ij} - m_i^{\mathrm{new}}} \tilde{\ell}_{ij}
