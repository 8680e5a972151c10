% Neural machine translation by jointly learning to align and translate, Bahdanau, Cho & Bengio (2015), Eqs. 5-6 with
% the alignment model of Appendix A.1.2: the context c_i of output step i = 1..T_y from the annotations h_j; the
% previous decoder states s_0, ..., s_{T_y - 1} are the rows of s (prose)
h \in \mathbb{R}^{T_x \times 2n}, s \in \mathbb{R}^{T_y \times n}, W_a \in \mathbb{R}^{n' \times n}, U_a \in \mathbb{R}^{n' \times 2n}, v_a \in \mathbb{R}^{n'}

c_i = \sum_{j=1}^{T_x} \alpha_{ij} h_j
\alpha_{ij} = \frac{\exp(e_{ij})}{\sum_{k=1}^{T_x} \exp(e_{ik})}
e_{ij} = a(s_{i-1}, h_j)
a(s_{i-1}, h_j) = v_a^\top \tanh\left(W_a s_{i-1} + U_a h_j\right)
