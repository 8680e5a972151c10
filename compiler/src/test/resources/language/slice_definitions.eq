% column and row slices on the left, as MLP-Mixer defines U_{*,i} = X_{*,i} + W_2 \sigma(W_1 LN(X)_{*,i})
X \in \mathbb{R}^{m \times n}, A \in \mathbb{R}^{m \times m}, B \in \mathbb{R}^{n \times n}
U_{*,i} = X_{*,i} + A X_{*,i}
Y_{j,*} = X_{j,*} + B X_{j,*}
Z_{:,i} = (XB)_{:,i}
