from h import *
rng=np.random.default_rng(544); d=5; x,e,vh=rng.normal(size=d),rng.normal(size=d),rng.normal(size=d); a=0.8; s=(1-a*a)**0.5
X,E,VH=T(x),T(e),T(vh); z=a*X+s*E
run('c544_v_prediction', {r'\mathbf{x}':x,r'\boldsymbol{\epsilon}':e,r'\hat{\mathbf{v}}':vh,r'\alpha_t':a,r'\sigma_t':s},
    {'v':(a*E-s*X).numpy(), 'x_hat':(a*z-s*VH).numpy()}, fn=[r'\mathbf{v}',r'\hat{\mathbf{x}}'])
