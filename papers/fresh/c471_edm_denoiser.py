from h import *
rng=np.random.default_rng(471); d=5; x,F=rng.normal(size=d),rng.normal(size=d); cs,co=0.3,0.7
run('c471_edm_denoiser', {r'\boldsymbol{x}':x, r'F_\theta(c_{\text{in}}(\sigma)\boldsymbol{x}; c_{\text{noise}}(\sigma))':F, r'c_{\text{skip}}(\sigma)':cs, r'c_{\text{out}}(\sigma)':co}, (cs*T(x)+co*T(F)).numpy(), fn=r'D_\theta')
