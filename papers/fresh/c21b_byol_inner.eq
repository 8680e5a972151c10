% BYOL's right-hand form alone: 2 - 2 <q, z'> / (||q|| ||z'||)
q, z' \in \mathbb{R}^{d}

\mathcal{L} = 2 - 2 \cdot \frac{\langle q, z' \rangle}{\|q\|_2 \cdot \|z'\|_2}
