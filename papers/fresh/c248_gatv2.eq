% How attentive are graph attention networks? (GATv2), Brody, Alon & Yahav (2022), Eq. 7: the scoring
% function; W in R^{d' x 2d}, a in R^{d'} (prose)
\boldsymbol{h}_i, \boldsymbol{h}_j \in \mathbb{R}^{d}, \boldsymbol{W} \in \mathbb{R}^{d' \times 2d}, \boldsymbol{a} \in \mathbb{R}^{d'}

e(\boldsymbol{h}_i, \boldsymbol{h}_j) = \boldsymbol{a}^\top \mathrm{LeakyReLU}\left(\boldsymbol{W} \cdot [\boldsymbol{h}_i \| \boldsymbol{h}_j]\right)
