from h import *
rng=np.random.default_rng(650); D=4
x,F=rng.normal(size=D),rng.normal(size=D); s=1.7; sd=0.5
run('c650_edm_denoiser', {r'\boldsymbol{x}':x, r'F_\theta\big(c_{\text{in}}(\sigma)\,\boldsymbol{x}; c_{\text{noise}}(\sigma)\big)':F, r'\sigma':s}, sd**2/(s**2+sd**2)*x+s*sd/np.sqrt(sd**2+s**2)*F, fn=r'D_\theta')
