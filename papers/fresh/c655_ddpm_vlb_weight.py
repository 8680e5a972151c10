from h import *
b,a,ab,s=0.02,0.98,0.4,0.13
run('c655_ddpm_vlb_weight', {r'\beta_t':b, r'\alpha_t':a, r'\bar\alpha_t':ab, r'\sigma_t':s}, np.array(b**2/(2*s**2*a*(1-ab))), fn=r'\lambda_t')
