from h import *
rng=np.random.default_rng(1054); D=6; x,s=rng.normal(size=D),rng.normal(size=D); ab=0.37
run('c1054_dps_tweedie', {'x_t':x, r'\nabla_{x_t} \log p_t(x_t)':s, r'\bar{\alpha}(t)':ab}, (x+(1-ab)*s)/np.sqrt(ab), fn=r'\hat{x}_0')
