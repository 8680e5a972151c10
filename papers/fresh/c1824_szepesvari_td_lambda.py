from h import *
rng=np.random.default_rng(1824); d=4; th=rng.normal(size=d); z=rng.normal(size=d); p0=rng.normal(size=d); p1=rng.normal(size=d); R,al,g,l=0.5,0.1,0.9,0.8
dl=R+g*th@p1-th@p0; zn=p0+g*l*z
run('c1824_szepesvari_td_lambda', {r'\theta_t':th, 'z_t':z, r'\varphi_t':p0, r'\varphi_{t+1}':p1, 'R_{t+1}':R, r'\alpha_t':al, r'\gamma':g, r'\lambda':l}, th+al*dl*zn, fn=r'\theta_{t+1}')
