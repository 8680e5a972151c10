from h import *
rng=np.random.default_rng(1053); D=6; x1,d1,d2=(rng.normal(size=D) for _ in range(3))
l0,l1,hm,s0,s1,a0=0.4,-0.1,0.45,0.6,0.75,0.8
h=l0-l1; r=hm/h; Di=(1+1/(2*r))*d1-1/(2*r)*d2
run('c1053_dpmpp_2m', {r'\tilde{x}_{t_{i-1}}':x1, r'x_\theta(\tilde{x}_{t_{i-1}}, t_{i-1})':d1, r'x_\theta(\tilde{x}_{t_{i-2}}, t_{i-2})':d2,
    r'\lambda_{t_i}':l0, r'\lambda_{t_{i-1}}':l1, 'h_{i-1}':hm, r'\sigma_{t_i}':s0, r'\sigma_{t_{i-1}}':s1, r'\alpha_{t_i}':a0},
    s0/s1*x1-a0*(np.exp(-h)-1)*Di, fn=r'\tilde{x}_{t_i}')
