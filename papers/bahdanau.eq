% Neural machine translation by jointly learning to align and translate, Bahdanau, Cho & Bengio
% (2015), Appendix A.1.2: the alignment model, a one-hidden-layer perceptron
s_{i-1} \in \mathbb{R}^{n}, h_j \in \mathbb{R}^{2n}, W_a \in \mathbb{R}^{n' \times n}, U_a \in \mathbb{R}^{n' \times 2n}, v_a \in \mathbb{R}^{n'}

a(s_{i-1}, h_j) = v_a^\top \tanh\left(W_a s_{i-1} + U_a h_j\right)
