% PolyLoss, Leng et al. (2022), Eq. 3: Poly-1, P_t the predicted probability of the target class
L_{\text{Poly-1}} = -\log(P_t) + \epsilon_1(1 - P_t)
