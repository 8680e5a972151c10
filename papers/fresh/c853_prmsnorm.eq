% Root mean square layer normalization, Zhang & Sennrich (2019), Eq. 5 (pRMSNorm) used in Eq. 4: the RMS
% from the first k = \lceil n \cdot p \rceil of the n summed inputs a (prose); g the gain
\mathbf{a}, \mathbf{g} \in \mathbb{R}^{n}, p = 0.25

k = \lceil n \cdot p \rceil
\overline{\mathrm{RMS}}(\mathbf{a}) = \sqrt{\frac{1}{k}\sum_{i=1}^{k} a_i^2}
\bar{a}_i = \frac{a_i}{\overline{\mathrm{RMS}}(\mathbf{a})} g_i
