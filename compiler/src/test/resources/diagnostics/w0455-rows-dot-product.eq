% scikit-learn user guide, 1.1.11: the score of sample X_i for class k, each row W_k a class's coefficients
X \in \mathbb{R}^{n \times m}, W \in \mathbb{R}^{K \times m}
s_{ik} = X_i W_k
% ~WARNING W0455
