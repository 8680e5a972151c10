% Fleuret, The Little Book of Deep Learning, Section 5.3 (attention operator, Eqs. for A_{q,k} and Y_q), from memory
% of the printing; one query per row of Q, one key per row of K and V
Q \in \mathbb{R}^{T \times D^{QK}}, K \in \mathbb{R}^{T' \times D^{QK}}, V \in \mathbb{R}^{T' \times D^{V}}

A_{q,k} = \frac{\exp\left(\frac{1}{\sqrt{D^{QK}}} Q_q \cdot K_k\right)}{\sum_l \exp\left(\frac{1}{\sqrt{D^{QK}}} Q_q \cdot K_l\right)}
Y_q = \sum_k A_{q,k} V_k
