% scikit-learn user guide, 1.1.11: the multinomial probabilities of sample X_i for class k, with each row W_k
X \in \mathbb{R}^{n \times m}, W \in \mathbb{R}^{K \times m}, W_0 \in \mathbb{R}^{K}
\hat{p}_k(X_i) = \frac{\exp(\langle X_i, W_k \rangle + W_{0, k})}{\sum_{l=0}^{K-1} \exp(\langle X_i, W_l \rangle + W_{0, l})}
% ~WARNING W0454
