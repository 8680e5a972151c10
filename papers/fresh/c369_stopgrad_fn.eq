% BYOL, Grill et al. (2020), Eq. 2 with the stop-gradient written as in SimSiam (Chen & He 2021, Eq. 3)
q, z' \in \mathbb{R}^{d}

\mathcal{L} = 2 - 2 \cdot \frac{\langle q, \mathrm{stopgrad}(z') \rangle}{\|q\|_2 \cdot \|\mathrm{stopgrad}(z')\|_2}
