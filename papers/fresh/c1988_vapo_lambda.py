from h import *
run('c1988_vapo_lambda', {'l':200.0, r'\alpha':0.05}, 1-1/(0.05*200.0), fn=r'\lambda_{\text{policy}}')
