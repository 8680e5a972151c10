from h import *
rng=np.random.default_rng(1494); L,T_=8,3; X,Xt=rng.normal(size=L),rng.normal(size=L); Ws,Wt=rng.normal(size=(T_,L)),rng.normal(size=(T_,L))
run('c1494_dlinear', {'X':X,'X_t':Xt,'W_s':Ws,'W_t':Wt}, Ws@(X-Xt)+Wt@Xt, fn=r'\hat{X}')
